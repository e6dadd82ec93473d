/**
 * The live preview: the exported form rendered by the applicant runtime's own renderer
 * (runtime/ui/form: StepForm per section, createValidator with the project's formats, decorateUi),
 * inside an iframe that carries only the applicant stylesheet, so it looks as it will for the
 * applicant, at desktop width or on a 375 px phone (the stylesheet's media queries see the frame).
 */
import { Button, Segmented, Space, Typography } from 'antd'
import { memo, type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Form } from '../../../runtime/core/types'
import { decorateUi } from '../../../runtime/ui/form/decorate-ui'
import { loadDivisions, usesDivision } from '../../../runtime/ui/form/division-data'
import { StepForm, type StepFormHandle } from '../../../runtime/ui/form/StepForm'
import { stepData, stepSchema, stepsOf, stepUi } from '../../../runtime/ui/form/steps'
import { createValidator, type FormValidator } from '../../../runtime/ui/form/validator'
import { createVisibilityStore } from '../../../runtime/ui/form/visibility-store'
import { useI18n } from '../../../runtime/ui/i18n'
import applicantCss from '../../../runtime/ui/styles.css?inline'
import { exportForm } from '../../core'
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
        <Frame title={t('preview.frame')} width={device === 'phone' ? PHONE_WIDTH : undefined}>
          <PreviewForm key={run} form={form} handles={handles} onData={setData} />
        </Frame>
        {showData && <pre className="json-view preview-data">{JSON.stringify(data, null, 2)}</pre>}
      </div>
    </div>
  )
}

const PreviewForm = memo(function PreviewForm({
  form,
  handles,
  onData,
}: {
  form: Form
  handles: React.RefObject<(StepFormHandle | null)[]>
  onData: (d: Record<string, unknown>) => void
}) {
  const { t, locale } = useI18n()
  const [validator, setValidator] = useState<FormValidator>(() => createValidator())
  const division = usesDivision(form.schema)
  useEffect(() => {
    if (!division) return
    let live = true
    void loadDivisions().then((m) => live && setValidator(createValidator(m.isCnDivision)))
    return () => {
      live = false
    }
  }, [division])
  const data = useRef<Record<string, unknown>>({})
  const ui = useMemo(() => decorateUi(form.schema, form.uiSchema), [form])
  const steps = useMemo(() => stepsOf(form.schema, ui, t('preview.other')), [form, ui, t])
  // one set of visibility rules over the whole form: a rule may read a field of another section
  const visibility = useMemo(() => createVisibilityStore(form.schema, data.current), [form])
  // per step: its slice of the schema and a data callback, stable while the form is the same
  const parts = useMemo(
    () =>
      steps.map((s) => ({
        schema: stepSchema(form.schema, s),
        ui: stepUi(ui, s, { hideTitles: true }),
        onData: (d: Record<string, unknown>) => {
          for (const k of s.keys) {
            if (d[k] === undefined) delete data.current[k]
            else data.current[k] = d[k]
          }
          visibility.update(data.current)
          onData({ ...data.current })
        },
      })),
    [steps, form, ui, onData, visibility],
  )
  const title = typeof form.schema.title === 'string' ? form.schema.title : ''
  return (
    <main className="preview-main">
      {title && <h1>{title}</h1>}
      {steps.length === 0 && <p className="muted">{t('preview.empty')}</p>}
      {steps.map((s, i) => (
        <section className="card" key={s.key}>
          <h2>{s.title}</h2>
          <StepForm
            ref={(h) => {
              handles.current[i] = h
            }}
            schema={parts[i]!.schema}
            uiSchema={parts[i]!.ui}
            initialData={stepData(data.current, s)}
            validator={validator}
            locale={locale}
            visibility={visibility}
            onData={parts[i]!.onData}
          />
        </section>
      ))}
    </main>
  )
})

/** An iframe whose body React renders into (a portal), styled by the applicant stylesheet only. */
function Frame({ title, width, children }: { title: string; width?: number; children: ReactNode }) {
  const ref = useRef<HTMLIFrameElement>(null)
  const [body, setBody] = useState<HTMLElement | null>(null)
  useEffect(() => {
    const doc = ref.current?.contentDocument
    if (!doc) return
    doc.open()
    doc.write(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body></body></html>',
    )
    doc.close()
    const style = doc.createElement('style')
    style.textContent = `${applicantCss}\nbody{background:#f5f7fa}`
    doc.head.appendChild(style)
    setBody(doc.body)
  }, [])
  return (
    <>
      <iframe
        ref={ref}
        title={title}
        className="preview-frame"
        style={width ? { width, boxSizing: 'content-box' } : undefined}
        data-testid="preview-frame"
      />
      {body && createPortal(children, body)}
    </>
  )
}
