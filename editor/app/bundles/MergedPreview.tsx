/**
 * The merged 一张表 as the applicant sees it (before situations tailor it): the applicant runtime's
 * renderer (runtime/ui/form: StepForm per section, createValidator, decorateUi) inside an iframe
 * styled by the applicant stylesheet only, like the item editor's preview.
 */
import { Button, Space, Typography } from 'antd'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import type { JsonSchema, UiSchema } from '../../../runtime/core/types'
import type { StepFormHandle } from '../../../runtime/ui/form/StepForm'
import { useI18n } from '../../../runtime/ui/i18n'
import { ApplicantForm, ApplicantFrame } from '../form-editor/ApplicantPreview'

export function MergedPreview({ schema, uiSchema }: { schema: JsonSchema; uiSchema: UiSchema }) {
  const { t } = useI18n()
  const form = useDeferredValue(useMemo(() => ({ schema, uiSchema }), [schema, uiSchema]))
  const [run, setRun] = useState(0)
  const handles = useRef<(StepFormHandle | null)[]>([])
  const [errorCount, setErrorCount] = useState<number | null>(null)
  return (
    <div className="merged-preview">
      <div className="preview-bar">
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
              setErrorCount(null)
            }}
          >
            {t('preview.reset')}
          </Button>
        </Space>
        {errorCount !== null && (
          <Typography.Text type={errorCount ? 'danger' : 'success'} role="status">
            {errorCount ? t('preview.errors', { n: errorCount }) : t('preview.valid')}
          </Typography.Text>
        )}
      </div>
      <ApplicantFrame
        title={t('merged.applicant')}
        className="preview-frame merged-frame"
        testId="merged-preview"
      >
        <ApplicantForm key={run} form={form} handles={handles} />
      </ApplicantFrame>
    </div>
  )
}
