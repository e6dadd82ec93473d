/**
 * A form rendered as the applicant sees it, for the editors' previews: the applicant runtime's own
 * renderer (runtime/ui/form: StepForm per section, createValidator with the project's formats,
 * decorateUi, one visibility store over the whole form) inside an iframe that carries only the
 * applicant stylesheet. The item editor's preview and the composer's merged view both use it.
 */
import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Form } from '../../../runtime/core/types'
import { decorateUi } from '../../../runtime/ui/form/decorate-ui'
import { loadDivisions, usesDivision } from '../../../runtime/ui/form/division-data'
import { StepForm, type StepFormHandle } from '../../../runtime/ui/form/StepForm'
import { putStepData, stepData, stepSchema, stepsOf, stepUi } from '../../../runtime/ui/form/steps'
import { createValidator, type FormValidator } from '../../../runtime/ui/form/validator'
import { createVisibilityStore } from '../../../runtime/ui/form/visibility-store'
import { useI18n } from '../../../runtime/ui/i18n'
import applicantCss from '../../../runtime/ui/styles.css?inline'

export const ApplicantForm = memo(function ApplicantForm({
  form,
  handles,
  onData,
}: {
  form: Form
  handles: React.RefObject<(StepFormHandle | null)[]>
  onData?: (d: Record<string, unknown>) => void
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
          putStepData(data.current, s, d)
          visibility.update(data.current)
          onData?.({ ...data.current })
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
export function ApplicantFrame({
  title,
  width,
  className,
  testId,
  children,
}: {
  title: string
  width?: number
  className: string
  testId: string
  children: ReactNode
}) {
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
        className={className}
        style={width ? { width, boxSizing: 'content-box' } : undefined}
        data-testid={testId}
      />
      {body && createPortal(children, body)}
    </>
  )
}
