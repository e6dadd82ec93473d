/**
 * The baseline: a plain React form of controlled inputs with the same fields, labels, sections and
 * page styles, no library. `?state=form` (the baseline): one `useState` object for the form, the
 * idiomatic controlled form, so a keystroke re-renders every field as it would in a hand-written
 * form. `?state=field`: one `useState` per field (a keystroke re-renders one field), the floor.
 */
import { type ChangeEvent, memo, StrictMode, useCallback, useState } from 'react'
import '../../../runtime/ui/styles.css'
import type { BaselineField, BenchForm } from '../form-types'
import { start } from './measure'

type Values = Record<string, string | boolean>
type OnChange = (id: string, value: string | boolean) => void

function Control({
  f,
  value,
  onChange,
}: {
  f: BaselineField
  value: string | boolean | undefined
  onChange: OnChange
}) {
  const text = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    onChange(f.id, e.target.value)
  switch (f.control) {
    case 'checkbox':
      return (
        <input
          id={f.id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(f.id, e.target.checked)}
        />
      )
    case 'select':
      return (
        <select
          id={f.id}
          className="form-control"
          value={String(value ?? '')}
          onChange={text}
          required={f.required}
        >
          <option value="" />
          {f.options?.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )
    case 'textarea':
      return (
        <textarea
          id={f.id}
          className="form-control"
          value={String(value ?? '')}
          onChange={text}
          required={f.required}
        />
      )
    default:
      return (
        <input
          id={f.id}
          type={f.control}
          className="form-control"
          value={String(value ?? '')}
          onChange={text}
          required={f.required}
        />
      )
  }
}

function Field({
  f,
  value,
  onChange,
}: {
  f: BaselineField
  value: string | boolean | undefined
  onChange: OnChange
}) {
  return (
    <div className="field">
      <label htmlFor={f.id} className={f.required ? 'label required' : 'label'}>
        {f.title}
      </label>
      {f.description ? <div className="field-description">{f.description}</div> : null}
      <Control f={f} value={value} onChange={onChange} />
    </div>
  )
}

/** One state object for the whole form: every keystroke re-renders every field. */
function FormState({ form }: { form: BenchForm }) {
  const [values, setValues] = useState<Values>({})
  const onChange = useCallback<OnChange>((id, v) => setValues((old) => ({ ...old, [id]: v })), [])
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()}>
      {form.sections.map((s) => (
        <fieldset className="section" key={s.key}>
          <legend>{s.title}</legend>
          <div className="grid">
            {s.fields.map((f) => (
              <Field key={f.id} f={f} value={values[f.id]} onChange={onChange} />
            ))}
          </div>
        </fieldset>
      ))}
    </form>
  )
}

/** One state per field: a keystroke re-renders that field only. */
const OwnStateField = memo(function OwnStateField({ f }: { f: BaselineField }) {
  const [value, setValue] = useState<string | boolean>()
  const onChange = useCallback<OnChange>((_id, v) => setValue(v), [])
  return <Field f={f} value={value} onChange={onChange} />
})

function FieldState({ form }: { form: BenchForm }) {
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()}>
      {form.sections.map((s) => (
        <fieldset className="section" key={s.key}>
          <legend>{s.title}</legend>
          <div className="grid">
            {s.fields.map((f) => (
              <OwnStateField key={f.id} f={f} />
            ))}
          </div>
        </fieldset>
      ))}
    </form>
  )
}

const perField = new URLSearchParams(location.search).get('state') === 'field'

void start((form) => (
  <StrictMode>{perField ? <FieldState form={form} /> : <FormState form={form} />}</StrictMode>
))
