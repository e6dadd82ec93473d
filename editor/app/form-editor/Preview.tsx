/**
 * The live preview: the exported form rendered by the applicant runtime's own renderer
 * (runtime/ui/form: StepForm per section, createValidator with the project's formats, decorateUi),
 * inside an iframe that carries only the applicant stylesheet, so it looks as it will for the
 * applicant, at desktop width or on a 375 px phone (the stylesheet's media queries see the frame).
 */
import { Button, Segmented, Space, Typography } from 'antd'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import type { StepFormHandle } from '../../../runtime/ui/form/StepForm'
import { useI18n } from '../../../runtime/ui/i18n'
import { exportForm } from '../../core'
import { ApplicantForm, ApplicantFrame } from './ApplicantPreview'
import { useStoreValue } from './store-hooks'

type Device = 'desktop' | 'phone'

/** the phone's viewport: the frame's content box (its border is drawn outside it) */
const PHONE_WIDTH = 375

export function Preview() {
  const { t } = useI18n()
  const state = useStoreValue((s) => s.h.present)
  // rendering rjsf is the slow part: it follows the editor, never holds up typing
  const form = useDeferredValue(useMemo(() => exportForm(state), [state]))
  const [device, setDevice] = useState<Device>('desktop')
  const [run, setRun] = useState(0)
  const [data, setData] = useState<Record<string, unknown>>({})
  const [showData, setShowData] = useState(false)
  const handles = useRef<(StepFormHandle | null)[]>([])
  const [errorCount, setErrorCount] = useState<number | null>(null)
  return (
    <div className="preview">
      <div className="preview-bar">
        <Segmented<Device>
          value={device}
          onChange={setDevice}
          options={[
            { value: 'desktop', label: t('preview.desktop') },
            { value: 'phone', label: t('preview.phone') },
          ]}
        />
        <Space>
          <Button
            onClick={() => {
              let n = 0
              for (const h of handles.current) n += h?.validateAll().length ?? 0
              setErrorCount(n)
            }}
          >
            {t('preview.validate')}
          </Button>
          <Button
            onClick={() => {
              setRun((r) => r + 1)
              setData({})
              setErrorCount(null)
            }}
          >
            {t('preview.reset')}
          </Button>
          <Button type={showData ? 'primary' : 'default'} onClick={() => setShowData((v) => !v)}>
            {t('preview.data')}
          </Button>
        </Space>
        {errorCount !== null && (
          <Typography.Text type={errorCount ? 'danger' : 'success'} role="status">
            {errorCount ? t('preview.errors', { n: errorCount }) : t('preview.valid')}
          </Typography.Text>
        )}
      </div>
      <p className="insp-sub">{t('preview.note')}</p>
      <div className={`preview-stage ${device}`}>
        <ApplicantFrame
          title={t('preview.frame')}
          width={device === 'phone' ? PHONE_WIDTH : undefined}
          className="preview-frame"
          testId="preview-frame"
        >
          <ApplicantForm key={run} form={form} handles={handles} onData={setData} />
        </ApplicantFrame>
        {showData && <pre className="json-view preview-data">{JSON.stringify(data, null, 2)}</pre>}
      </div>
    </div>
  )
}
