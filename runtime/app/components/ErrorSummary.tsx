import { useEffect, useRef } from 'react'
import type { PathMessage } from '../../ui/form/error-schema'
import { ID_PREFIX } from '../../ui/form/StepForm'
import { useI18n } from '../../ui/i18n'

/** The errors of a failed 下一步 / 提交, announced, each a link to its field. */
export function ErrorSummary({
  errors,
  onGo,
}: {
  errors: PathMessage[]
  onGo: (path: string) => void
}) {
  const { t } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors.length) box.current?.focus()
  }, [errors])
  if (!errors.length) return null
  return (
    <div className="alert error" role="alert" tabIndex={-1} ref={box}>
      <strong>{t('fill.errors', { n: errors.length })}</strong>
      <ul>
        {errors.slice(0, 20).map((e) => (
          <li key={`${e.path}:${e.message}`}>
            <a
              href={`#${ID_PREFIX}.${e.path}`}
              onClick={(ev) => {
                ev.preventDefault()
                onGo(e.path)
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Focuses the input of a data path once it is on screen. */
export function focusField(path: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(`${ID_PREFIX}.${path}`)
    if (el) {
      el.scrollIntoView({ block: 'center' })
      el.focus()
    }
  })
}
