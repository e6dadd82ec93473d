/**
 * 一张表 as the applicant fills it: the real FillForm (wizard `?mode=wizard` or long page
 * `?mode=long`) with the real StepForm, validator, decorateUi and I18nProvider, inside a parent that
 * does what FillPage does around it: the data held in a ref, the step and mode in state, and the
 * autosave 400 ms after the last change (the draft written to localStorage, then `savedAt` set,
 * which re-renders FillPage and FillForm). That re-render is timed as background work.
 */
import { StrictMode, useCallback, useMemo, useRef, useState } from 'react'
import '../../../runtime/ui/styles.css'
import { FillForm } from '../../../runtime/app/components/FillForm'
import { messages } from '../../../runtime/app/messages'
import type { FillMode } from '../../../runtime/app/state/drafts'
import { decorateUi } from '../../../runtime/ui/form/decorate-ui'
import { createValidator, type FormValidator } from '../../../runtime/ui/form/validator'
import { I18nProvider } from '../../../runtime/ui/i18n'
import type { BenchForm } from '../form-types'
import { recordBackground, start } from './measure'

const LOCAL_SAVE_MS = 400
const params = new URLSearchParams(location.search)
const initialMode: FillMode = params.get('mode') === 'long' ? 'long' : 'wizard'
let validator: FormValidator

function FillHarness({ form }: { form: BenchForm }) {
  // FillPage decorates the tailored uiSchema in a useMemo of the render that shows the form
  const uiSchema = useMemo(() => decorateUi(form.schema, form.uiSchema), [form])
  const [initial] = useState<Record<string, unknown>>(() => structuredClone(form.initialData))
  const data = useRef(initial)
  const [step, setStep] = useState(0)
  const [mode, setMode] = useState<FillMode>(initialMode)
  const [savedAt, setSavedAt] = useState<Date>()
  const timer = useRef<number>(undefined)

  const onData = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      const t0 = performance.now()
      localStorage.setItem('bench.draft', JSON.stringify({ data: data.current }))
      setSavedAt(new Date())
      recordBackground('autosave', t0)
    }, LOCAL_SAVE_MS)
  }, [])

  return (
    <>
      <p className="muted" aria-live="polite">
        {savedAt ? `已保存 ${savedAt.toLocaleTimeString('zh-CN')}` : '自动保存'}
      </p>
      <FillForm
        schema={form.schema}
        uiSchema={uiSchema}
        validator={validator}
        data={data.current}
        revision={0}
        step={step}
        mode={mode}
        onData={onData}
        onStep={(s) => setStep(s)}
        onMode={(m) => setMode(m)}
        onSubmit={async () => undefined}
      />
    </>
  )
}

void start(
  (form) => (
    <StrictMode>
      <I18nProvider messages={messages}>
        <FillHarness form={form} />
      </I18nProvider>
    </StrictMode>
  ),
  // FillPage creates the validator when the tailored form arrives, before the render that shows it
  () => {
    validator = createValidator()
  },
)
