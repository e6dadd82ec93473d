import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { chineseFormats } from '../formats'

/**
 * The one ajv configuration shared by browser and server, so that both accept and refuse the same
 * data. `strict: false` because schemas carry `x-*` extension keys and other keywords ajv does not
 * know; `useDefaults: false` because validation must never change the data it checks.
 */
export const createAjv = (): Ajv2020 => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults: false })
  addFormats(ajv)
  for (const [name, validate] of Object.entries(chineseFormats)) {
    ajv.addFormat(name, { type: 'string', validate })
  }
  return ajv
}
