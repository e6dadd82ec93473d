import type { RJSFSchema } from '@rjsf/utils'
import type { JsonSchema, UiSchema } from '../../core/types'
import type { PathMessage } from '../../ui/form/error-schema'
import { type Step, stepData, stepSchema, stepUi } from '../../ui/form/steps'
import { errorTransformer, type FormValidator } from '../../ui/form/validator'
import type { Locale } from '../../ui/i18n'

/** Every step's errors, by step index, validating the data held for steps not on screen too. */
export function validateSteps(
  validator: FormValidator,
  schema: JsonSchema,
  ui: UiSchema,
  steps: Step[],
  data: Record<string, unknown>,
  locale: Locale,
): PathMessage[][] {
  return steps.map((step) => {
    const s = stepSchema(schema, step)
    const { errors } = validator.validateFormData(
      stepData(data, step),
      s as RJSFSchema,
      undefined,
      errorTransformer(s, locale),
      stepUi(ui, step),
    )
    return errors.map((e) => ({
      path: (e.property ?? '').replace(/^\./, ''),
      message: e.message ?? '',
    }))
  })
}
