/**
 * rjsf fields for two kinds of node the form editor creates (editor/core/README.md):
 * `ui:field: 'note'` — 说明文字, a `type: 'null'` node shown as a paragraph, no input, no data;
 * `ui:field: 'dateRange'` — 日期区间, an `x-date-range` object `{start, end}` as two dates side by
 * side, with end ≥ start checked as the applicant types (the server checks the formats only).
 * Registered in theme.ts, so the applicant runtime and the editor's preview render them alike.
 */
import type { FieldProps, RegistryFieldsType } from '@rjsf/utils'

function NoteField({ schema, fieldPathId }: FieldProps) {
  return (
    <div className="alert info" role="note" id={fieldPathId.$id}>
      {schema.title ? <strong>{schema.title}</strong> : null}
      {schema.description ? (
        <div style={{ whiteSpace: 'pre-wrap' }}>{schema.description}</div>
      ) : null}
    </div>
  )
}

type Range = { start?: string; end?: string }

const errorsAt = (es: unknown, key: string): string[] => {
  const node = (es as Record<string, { __errors?: string[] }> | undefined)?.[key]
  return node?.__errors ?? []
}

function DateRangeField(props: FieldProps<Range>) {
  const { schema, formData, onChange, onBlur, onFocus, fieldPathId, required } = props
  const { disabled, readonly, errorSchema } = props
  const value: Range = formData ?? {}
  const id = fieldPathId.$id
  const part = (key: 'start' | 'end') => {
    const sub = schema.properties?.[key] as { title?: string } | undefined
    const title = sub?.title ?? (key === 'start' ? '开始日期' : '结束日期')
    const errors = errorsAt(errorSchema, key)
    const set = (v: string) => {
      const next: Range = { ...value, [key]: v || undefined }
      if (!next[key]) delete next[key]
      onChange(next.start || next.end ? next : undefined, fieldPathId.path)
    }
    return (
      <div className={`field w-half${errors.length ? ' has-error' : ''}`}>
        <label htmlFor={`${id}.${key}`} className={required ? 'label required' : 'label'}>
          {title}
        </label>
        <input
          id={`${id}.${key}`}
          type="date"
          className="form-control"
          value={value[key] ?? ''}
          required={required}
          disabled={disabled || readonly}
          aria-invalid={errors.length ? true : undefined}
          onChange={(e) => set(e.target.value)}
          onBlur={() => onBlur(`${id}.${key}`, value[key])}
          onFocus={() => onFocus(`${id}.${key}`, value[key])}
        />
        {errors.length > 0 && (
          <ul className="error-detail">
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  const reversed = !!value.start && !!value.end && value.end < value.start
  return (
    <fieldset className="section" id={id}>
      {schema.title ? (
        <legend className={required ? 'label required' : 'label'}>{schema.title}</legend>
      ) : null}
      {schema.description ? <div className="field-description">{schema.description}</div> : null}
      <div className="grid">
        {part('start')}
        {part('end')}
      </div>
      {reversed && (
        <ul className="error-detail" role="alert">
          <li>结束日期不能早于开始日期</li>
        </ul>
      )}
    </fieldset>
  )
}

/** `fields` for withTheme: `ui:field: 'note'` and `ui:field: 'dateRange'`. */
export const fields: RegistryFieldsType = {
  note: NoteField as RegistryFieldsType[string],
  dateRange: DateRangeField as RegistryFieldsType[string],
}
