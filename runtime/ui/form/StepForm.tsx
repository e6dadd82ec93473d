import type { RJSFSchema } from '@rjsf/utils'
import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react'
import { flushSync } from 'react-dom'
import type { JsonSchema, UiSchema } from '../../core/types'
import type { Locale } from '../i18n'
import { type PathMessage, toErrorSchema, touchedOnly } from './error-schema'
import { ID_PREFIX, pathOfId } from './field-id'
import { ThemedForm } from './theme'
import { translator } from './translate'
import { errorTransformer, type FormValidator } from './validator'
import { createVisibilityStore, type FormContext, type VisibilityStore } from './visibility-store'

export { ID_PREFIX, pathOfId }

export type StepFormHandle = {
  /** validates the whole step, shows every error and returns them */
  validateAll: () => PathMessage[]
}

type Props = {
  schema: JsonSchema
  uiSchema: UiSchema
  initialData: Record<string, unknown>
  validator: FormValidator
  locale: Locale
  /** errors from the server for this step, shown whatever was touched */
  serverErrors?: PathMessage[]
  /**
   * The visibility rules over the whole 一张表, kept up to date by its owner (rules may read other
   * sections). Without it the step evaluates the rules over its own data.
   */
  visibility?: VisibilityStore
  onData: (data: Record<string, unknown>) => void
}

/**
 * One step of the 一张表 as its own rjsf form. Errors appear at a field once the applicant has left
 * it (validated on blur, not on every key), and for the whole step on 下一步 / 提交; a field that
 * shows an error is checked again as it is corrected.
 */
const StepFormInner = forwardRef<StepFormHandle, Props>(function StepForm(props, ref) {
  const { schema, uiSchema, initialData, validator, locale, serverErrors, onData } = props
  const data = useRef(initialData)
  const own = useMemo(
    () => (props.visibility ? undefined : createVisibilityStore(schema, data.current)),
    [props.visibility, schema],
  )
  const visibility = (props.visibility ?? own) as VisibilityStore
  const formContext = useMemo((): FormContext => ({ visibility }), [visibility])
  const touched = useRef(new Set<string>())
  const [errors, setErrors] = useState<PathMessage[]>([])
  const transform = useMemo(() => errorTransformer(schema, locale), [schema, locale])
  const translate = useMemo(() => translator(locale), [locale])

  const validateNow = useCallback((): PathMessage[] => {
    const result = validator.validateFormData(
      data.current,
      schema as RJSFSchema,
      undefined,
      transform,
      uiSchema,
    )
    return result.errors
      .map((e) => ({ path: (e.property ?? '').replace(/^\./, ''), message: e.message ?? '' }))
      .filter((e) => !visibility.isHidden(e.path))
  }, [validator, schema, transform, uiSchema, visibility])

  // a field that disappears takes its errors with it
  useEffect(
    () =>
      visibility.subscribe(() =>
        setErrors((shown) => {
          const kept = shown.filter((e) => !visibility.isHidden(e.path))
          return kept.length === shown.length ? shown : kept
        }),
      ),
    [visibility],
  )

  // compile this step's validator while the applicant reads, not on their first Tab
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200))
    const cancel = window.cancelIdleCallback ?? window.clearTimeout
    const id = idle(() => validateNow(), { timeout: 2000 })
    return () => cancel(id)
  }, [validateNow])

  useImperativeHandle(ref, () => ({
    validateAll: () => {
      const all = validateNow()
      for (const e of all) touched.current.add(e.path)
      // called from outside React (a button's async handler): rendered alone, as on blur below
      flushSync(() => setErrors(all))
      return all
    },
  }))

  const shown = useMemo(() => {
    const server = (serverErrors ?? []).filter(
      (s) =>
        !visibility.isHidden(s.path) &&
        !errors.some((e) => e.path === s.path && e.message === s.message),
    )
    return toErrorSchema([...errors, ...server])
  }, [errors, serverErrors, visibility])

  return (
    <ThemedForm
      schema={schema as RJSFSchema}
      uiSchema={uiSchema}
      // rjsf re-derives its state from props on every re-render (new errors, say): hand it the
      // current data, not the initial one, or the re-render would undo the applicant's typing
      formData={data.current}
      validator={validator}
      idPrefix={ID_PREFIX}
      idSeparator="."
      showErrorList={false}
      noHtml5Validate
      extraErrors={shown}
      formContext={formContext}
      translateString={translate}
      onChange={(e) => {
        data.current = (e.formData ?? {}) as Record<string, unknown>
        own?.update(data.current)
        onData(data.current)
        if (errors.length) setErrors(touchedOnly(validateNow(), touched.current))
      }}
      onBlur={(id) => {
        touched.current.add(pathOfId(id))
        // rjsf may still hold the last keystrokes of this field: validate once they are applied.
        // Rendered at once, on its own: React would otherwise batch it with the next field's first
        // keystroke, and rjsf would take the `formData` of that render (one key behind its state,
        // which it reports only on commit) as the new data and drop the key.
        setTimeout(() => flushSync(() => setErrors(touchedOnly(validateNow(), touched.current))), 0)
      }}
    />
  )
})

/** `initialData` only seeds the form's own data: a new object with the same step must not re-render. */
export const StepForm = memo(StepFormInner, (a, b) => {
  for (const k of Object.keys(b) as (keyof Props)[]) {
    if (k !== 'initialData' && a[k] !== b[k]) return false
  }
  return true
})
