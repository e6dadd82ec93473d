/** Small inputs of the inspector that keep what the administrator typed while it is refused. */
import { Input } from 'antd'
import { type ReactNode, useEffect, useRef, useState } from 'react'

type DraftProps = {
  value: string
  /** applies the text; returns why it was refused, or null */
  onCommit: (text: string) => string | null
  /** a check before committing (e.g. the key rules); its message is shown, nothing is committed */
  check?: (text: string) => string | null
  onBlur?: () => void
  placeholder?: string
  multiline?: boolean
  id?: string
  mono?: boolean
  addon?: ReactNode
  'aria-label'?: string
}

/**
 * A text input bound to a store value that may refuse it (a key, a pattern): the typed text stays,
 * with the reason below, until it is accepted or the value changes elsewhere (undo).
 */
export function DraftInput(props: DraftProps) {
  const { value, onCommit, check } = props
  const [text, setText] = useState(value)
  const [error, setError] = useState<string | null>(null)
  const committed = useRef(value)
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value
      setText(value)
      setError(null)
    }
  }, [value])
  const change = (next: string) => {
    setText(next)
    const problem = check?.(next) ?? null
    if (problem) {
      setError(problem)
      return
    }
    const refused = onCommit(next)
    setError(refused)
    if (!refused) committed.current = next
  }
  const common = {
    id: props.id,
    value: text,
    placeholder: props.placeholder,
    status: error ? ('error' as const) : undefined,
    'aria-label': props['aria-label'],
    'aria-invalid': error ? true : undefined,
    onBlur: props.onBlur,
    className: props.mono ? 'mono' : undefined,
  }
  return (
    <>
      {props.multiline ? (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => change(e.target.value)}
        />
      ) : (
        <Input {...common} suffix={props.addon} onChange={(e) => change(e.target.value)} />
      )}
      {error && (
        <div className="insp-error" role="alert">
          {error}
        </div>
      )}
    </>
  )
}
