/**
 * The merged 一张表 as the applicant sees it (before situations tailor it): the applicant runtime's
 * renderer (runtime/ui/form: StepForm per section, createValidator, decorateUi) inside an iframe
 * styled by the applicant stylesheet only, like the item editor's preview.
 */
import { Button, Space, Typography } from 'antd'
import { memo, type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { JsonSchema, UiSchema } from '../../../runtime/core/types'
import { decorateUi } from '../../../runtime/ui/form/decorate-ui'
import { loadDivisions, usesDivision } from '../../../runtime/ui/form/division-data'
import { StepForm, type StepFormHandle } from '../../../runtime/ui/form/StepForm'
import { stepData, stepSchema, stepsOf, stepUi } from '../../../runtime/ui/form/steps'
import { createValidator, type FormValidator } from '../../../runtime/ui/form/validator'
import { createVisibilityStore } from '../../../runtime/ui/form/visibility-store'
import { useI18n } from '../../../runtime/ui/i18n'
import applicantCss from '../../../runtime/ui/styles.css?inline'

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
      <Frame title={t('merged.applicant')}>
        <PreviewForm key={run} schema={form.schema} uiSchema={form.uiSchema} handles={handles} />
      </Frame>
    </div>
  )
}

const PreviewForm = memo(function PreviewForm({
  schema,
  uiSchema,
  handles,
}: {
  schema: JsonSchema
  uiSchema: UiSchema
  handles: React.RefObject<(StepFormHandle | null)[]>
}) {
  const { t, locale } = useI18n()
  const [validator, setValidator] = useState<FormValidator>(() => createValidator())
  const division = usesDivision(schema)
  useEffect(() => {
    if (!division) return
    let live = true
    void loadDivisions().then((m) => live && setValidator(createValidator(m.isCnDivision)))
    return () => {
      live = false
    }
  }, [division])
  const data = useRef<Record<string, unknown>>({})
  const ui = useMemo(() => decorateUi(schema, uiSchema), [schema, uiSchema])
  const steps = useMemo(() => stepsOf(schema, ui, t('preview.other')), [schema, ui, t])
  // one set of visibility rules over the whole 一张表: a rule may read a field of another section
  const visibility = useMemo(() => createVisibilityStore(schema, data.current), [schema])
  const parts = useMemo(
    () =>
      steps.map((s) => ({
        schema: stepSchema(schema, s),
        ui: stepUi(ui, s, { hideTitles: true }),
        onData: (d: Record<string, unknown>) => {
          for (const k of s.keys) {
            if (d[k] === undefined) delete data.current[k]
            else data.current[k] = d[k]
          }
          visibility.update(data.current)
        },
      })),
    [steps, schema, ui, visibility],
  )
  const title = typeof schema.title === 'string' ? schema.title : ''
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
function Frame({ title, children }: { title: string; children: ReactNode }) {
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
        className="preview-frame merged-frame"
        data-testid="merged-preview"
      />
      {body && createPortal(children, body)}
    </>
  )
}
