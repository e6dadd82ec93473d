import { type ReactNode, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { collectLeaves } from '../../core/schema/leaves'
import type { JsonSchema, UiSchema } from '../../core/types'
import type { PathMessage } from '../../ui/form/error-schema'
import { StepForm, type StepFormHandle } from '../../ui/form/StepForm'
import {
  hiddenSteps,
  nearestShown,
  putStepData,
  type Step,
  stepData,
  stepFieldPaths,
  stepOfPath,
  stepSchema,
  stepsOf,
  stepUi,
} from '../../ui/form/steps'
import type { FormValidator } from '../../ui/form/validator'
import { createVisibilityStore } from '../../ui/form/visibility-store'
import { useI18n } from '../../ui/i18n'
import type { FillMode } from '../state/drafts'
import { validateSteps } from '../state/validate-steps'
import { ErrorSummary, focusField } from './ErrorSummary'

const EAGER_FIELDS = 20

type Props = {
  schema: JsonSchema
  uiSchema: UiSchema
  validator: FormValidator
  /** the applicant's data; written in place as fields change (no re-render of other steps) */
  data: Record<string, unknown>
  /** bumped when data was replaced from outside (prefill), to remount the forms */
  revision: number
  step: number
  mode: FillMode
  onData: () => void
  onStep: (step: number) => void
  onMode: (mode: FillMode) => void
  /** sends the data; resolves to the server's field errors, or nothing when it was accepted */
  onSubmit: () => Promise<PathMessage[] | undefined>
}

/**
 * The tailored 一张表: sections as wizard steps (progress bar and index) or one long page, each
 * section its own form. 提交 validates every section, the hidden ones too, and leads to the first error.
 */
export function FillForm(props: Props) {
  const { schema, uiSchema, validator, data, revision, step, mode } = props
  const { t, locale } = useI18n()
  const steps = useMemo(() => stepsOf(schema, uiSchema, t('fill.other')), [schema, uiSchema, t])
  const parts = useMemo(
    () =>
      steps.map((s) => ({
        schema: stepSchema(schema, s),
        ui: stepUi(uiSchema, s, { hideTitles: mode === 'wizard' }),
      })),
    [steps, schema, uiSchema, mode],
  )
  // the visibility rules read the whole 一张表 (a rule may name a field of another section); each
  // field listens for its own path, so showing or hiding one re-renders that field alone
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new revision means new data in `data`
  const visibility = useMemo(() => createVisibilityStore(schema, data), [schema, data, revision])
  // a section whose every field a rule hides is not a step (a string snapshot: stable while equal)
  const leaves = useMemo(() => parts.map((p) => collectLeaves(p.schema)), [parts])
  const fieldsOf = useMemo(
    () => leaves.map((ls) => stepFieldPaths(ls.map((l) => l.path))),
    [leaves],
  )
  const hiddenKey = useSyncExternalStore(visibility.subscribe, () =>
    hiddenSteps(fieldsOf, visibility.isHidden)
      .map((h) => (h ? '1' : '0'))
      .join(''),
  )
  const hidden = useMemo(() => [...hiddenKey].map((c) => c === '1'), [hiddenKey])
  const shownCount = hidden.filter((h) => !h).length
  /** the number a step shows in the index: hidden steps are not counted */
  const numberOf = (i: number) => hidden.slice(0, i + 1).filter((h) => !h).length
  const refs = useRef<(StepFormHandle | null)[]>([])
  const heading = useRef<HTMLHeadingElement>(null)
  const [stepErrors, setStepErrors] = useState<PathMessage[][]>([])
  const [summary, setSummary] = useState<PathMessage[]>([])
  const [submitting, setSubmitting] = useState(false)
  const wanted = Math.min(step, steps.length - 1)
  const current = hidden[wanted]
    ? Math.max(0, nearestShown(hidden, wanted, 1), nearestShown(hidden, wanted, -1))
    : wanted
  // the long page renders its first ~20 fields (a screen) at once and every other section as it comes near
  const sizes = useMemo(() => leaves.map((ls) => ls.length), [leaves])
  const eager = useMemo(() => {
    let n = 0
    for (let fields = 0; n < sizes.length && fields < EAGER_FIELDS; n++) fields += sizes[n]!
    return n
  }, [sizes])

  const onDataOf = useMemo(
    () =>
      steps.map((s: Step) => (d: Record<string, unknown>) => {
        putStepData(data, s, d)
        visibility.update(data)
        props.onData()
      }),
    [steps, data, props.onData, visibility],
  )

  const goTo = (i: number) => {
    props.onStep(i)
    setSummary([])
    requestAnimationFrame(() => heading.current?.focus())
  }

  const goToError = (path: string) => {
    const i = stepOfPath(steps, path)
    if (mode === 'wizard' && i >= 0 && i !== current) props.onStep(i)
    focusField(path)
  }

  const next = async () => {
    await settled()
    const errs = refs.current[current]?.validateAll() ?? []
    if (errs.length) {
      setSummary(errs)
      return
    }
    const to = nearestShown(hidden, current + 1, 1)
    if (to >= 0) goTo(to)
  }

  // a double click must not start two submissions (the button is disabled one render later)
  const busy = useRef(false)
  const submit = async () => {
    if (busy.current) return
    busy.current = true
    try {
      await send()
    } finally {
      busy.current = false
    }
  }
  const send = async () => {
    await settled()
    visibility.update(data)
    const all = validateSteps(validator, schema, uiSchema, steps, data, locale).map((errs) =>
      errs.filter((e) => !visibility.isHidden(e.path)),
    )
    const flat = all.flat()
    setStepErrors(all)
    if (flat.length) {
      for (const r of refs.current) r?.validateAll()
      setSummary(flat)
      const first = all.findIndex((e) => e.length > 0)
      if (mode === 'wizard' && first !== current) props.onStep(first)
      return
    }
    setSubmitting(true)
    try {
      const server = await props.onSubmit()
      if (server?.length) {
        setStepErrors(steps.map((_, i) => server.filter((e) => stepOfPath(steps, e.path) === i)))
        setSummary(server)
        const first = stepOfPath(steps, server[0]!.path)
        if (mode === 'wizard' && first >= 0) props.onStep(first)
      }
    } finally {
      setSubmitting(false)
    }
  }

  const section = (i: number) => (
    <StepForm
      key={`${steps[i]!.key}@${revision}`}
      ref={(h) => {
        refs.current[i] = h
      }}
      schema={parts[i]!.schema}
      uiSchema={parts[i]!.ui}
      initialData={stepData(data, steps[i]!)}
      validator={validator}
      locale={locale}
      serverErrors={stepErrors[i]}
      visibility={visibility}
      onData={onDataOf[i]!}
    />
  )

  const last = nearestShown(hidden, current + 1, 1) < 0
  const position = numberOf(current)
  const progress = Math.round((position / Math.max(1, shownCount)) * 100)
  const bad = (i: number) => (stepErrors[i]?.length ?? 0) > 0

  return (
    <div className="fill-layout">
      <nav className="card step-index" aria-label={t('fill.index')}>
        <div className="row">
          <label>
            <input
              type="radio"
              name="mode"
              checked={mode === 'wizard'}
              onChange={() => props.onMode('wizard')}
            />{' '}
            {t('fill.wizard')}
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              checked={mode === 'long'}
              onChange={() => props.onMode('long')}
            />{' '}
            {t('fill.long')}
          </label>
        </div>
        <ol>
          {steps.map((s, i) => (
            <li key={s.key} hidden={hidden[i]}>
              <button
                type="button"
                aria-current={mode === 'wizard' && i === current ? 'step' : undefined}
                onClick={() => {
                  if (mode === 'wizard') goTo(i)
                  else document.getElementById(`sec-${i}`)?.scrollIntoView()
                }}
              >
                {numberOf(i)}. {s.title}
                {bad(i) && (
                  <span className="bad" role="img" aria-label={t('fill.hasErrors')}>
                    ●
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div>
        <ErrorSummary errors={summary} onGo={goToError} />
        {mode === 'wizard' ? (
          <div className="card">
            <h2 ref={heading} tabIndex={-1}>
              <span className="muted">{t('fill.stepOf', { i: position, n: shownCount })}</span>{' '}
              {steps[current]!.title}
            </h2>
            <div
              className="progress"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress}
              aria-label={t('fill.progress')}
            >
              <div style={{ width: `${progress}%` }} />
            </div>
            {section(current)}
            <div className="actions">
              <button
                type="button"
                className="btn"
                disabled={nearestShown(hidden, current - 1, -1) < 0}
                onClick={() => goTo(nearestShown(hidden, current - 1, -1))}
              >
                {t('fill.prevStep')}
              </button>
              {!last && (
                <button type="button" className="btn btn-primary" onClick={next}>
                  {t('fill.nextStep')}
                </button>
              )}
              {last && (
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={submitting}
                  onClick={submit}
                >
                  {submitting ? t('fill.submitting') : t('fill.submit')}
                </button>
              )}
            </div>
          </div>
        ) : (
          <>
            {steps.map((s, i) => (
              <div className="card long-section" id={`sec-${i}`} key={s.key} hidden={hidden[i]}>
                {s.key.startsWith('~') && <h2>{s.title}</h2>}
                {/* a section with errors is always rendered: the summary's links lead into it */}
                <WhenNear eager={i < eager || bad(i)} fields={sizes[i]!}>
                  {section(i)}
                </WhenNear>
              </div>
            ))}
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={submitting}
                onClick={submit}
              >
                {submitting ? t('fill.submitting') : t('fill.submit')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  )
}

/**
 * rjsf reports a field's last keystrokes after its own state update: a key typed just before
 * 下一步 or 提交 (a fast typist, a barcode scanner ending with Enter) is in the data one task later.
 */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Its children once they have come within 1,500 px of the viewport (and from then on). */
function WhenNear({
  eager,
  fields,
  children,
}: {
  eager: boolean
  fields: number
  children: ReactNode
}) {
  const [near, setNear] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const shown = near || eager
  useEffect(() => {
    if (shown || !box.current) return
    const io = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '1500px 0px',
    })
    io.observe(box.current)
    return () => io.disconnect()
  }, [shown])
  return shown ? children : <div ref={box} style={{ minHeight: fields * 40 }} />
}
