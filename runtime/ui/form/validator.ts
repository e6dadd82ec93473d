/**
 * The rjsf validator of the applicant runtime and the editor preview: validator-ajv8 on ajv's
 * 2020-12 class with the project's Chinese formats, and messages from the same table the server
 * uses (runtime/core/validation/messages), so a field shows the error the API would return.
 */
import type { RJSFValidationError, ValidatorType } from '@rjsf/utils'
import { customizeValidator } from '@rjsf/validator-ajv8'
import type { ErrorObject } from 'ajv'
import Ajv2020 from 'ajv/dist/2020'
import { lightFormats } from '../../core/formats/light-formats'
import type { JsonSchema } from '../../core/types'
import { keywordMessage, type Locale, withTitle } from '../../core/validation/messages'

export type FormValidator = ValidatorType

export function createValidator(divisionCheck?: (s: string) => boolean): FormValidator {
  const customFormats: Record<string, (s: string) => boolean> = { ...lightFormats }
  // Without the division table a shape check stands in; the server checks the code itself.
  customFormats['cn-division'] = divisionCheck ?? ((s) => /^\d{6}$/.test(s))
  return customizeValidator({
    AjvClass: Ajv2020 as never,
    customFormats,
    // forms are checked against the meta-schema when saved (checkForm); checking each step's
    // schema again here cost ~270 ms on the first blur (compiling the 2020-12 meta-schema)
    ajvOptionsOverrides: { strict: false, useDefaults: false, validateSchema: false },
  })
}

/** The schema node a dotted rjsf property path (`.applicant.uscc`, `.rows.0.name`) names. */
function nodeAt(schema: JsonSchema, property: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema
  for (const seg of property.split('.').filter(Boolean)) {
    if (!node) return undefined
    if (/^\d+$/.test(seg) && node.items && !Array.isArray(node.items)) node = node.items
    else node = node.properties?.[seg]
  }
  return node
}

/** rjsf's `transformErrors`: a Chinese (or English) message that names the field by its title. */
export const errorTransformer =
  (schema: JsonSchema, locale: Locale) =>
  (errors: RJSFValidationError[]): RJSFValidationError[] =>
    errors.map((e) => {
      const property = e.property ?? ''
      const node = nodeAt(schema, property)
      const key = property.split('.').filter(Boolean).at(-1) ?? ''
      const title = node?.title ?? e.title ?? key
      const ajvLike = { keyword: e.name ?? '', params: e.params ?? {} } as unknown as ErrorObject
      const message =
        keywordMessage(ajvLike, title, locale) ?? withTitle(title, e.message ?? '', locale)
      return { ...e, message, stack: message }
    })
