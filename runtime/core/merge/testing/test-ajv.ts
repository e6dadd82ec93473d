/**
 * An ajv 2020 instance for the merge/split laws. The Chinese formats are simple regex checks
 * local to the tests (the generators only use known-valid samples for them).
 */
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { JsonSchema } from '../../types'

export const FORMAT_CHECKS: Record<string, RegExp> = {
  uscc: /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
  'cn-id': /^\d{17}[\dX]$/,
  'cn-mobile': /^1[3-9]\d{9}$/,
  'cn-phone': /^(0\d{2,3}-?)?\d{7,8}$/,
  'cn-postcode': /^\d{6}$/,
  'cn-division': /^\d{6}$/,
  'project-code': /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/,
}

/** Known-valid values per format: the data generator picks among these. */
export const FORMAT_SAMPLES: Record<string, string[]> = {
  uscc: ['91350100M000100Y43', '91110000802100433B'],
  'cn-id': ['11010519491231002X'],
  'cn-mobile': ['13800138000', '18912345678'],
  'cn-phone': ['0571-87654321', '0731-88888888'],
  'cn-postcode': ['310000', '100101'],
  'cn-division': ['330106'],
  'project-code': ['2019-430104-47-01-012345'],
  date: ['2026-01-31', '2025-12-01'],
  email: ['a@example.cn'],
}

export function testAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  for (const [name, re] of Object.entries(FORMAT_CHECKS)) ajv.addFormat(name, re)
  return ajv
}

export type Check = (schema: JsonSchema, data: unknown) => string[]

/** Validates and returns readable errors ([] when valid). */
export function checker(): Check {
  const ajv = testAjv()
  return (schema, data) => {
    const validate = ajv.compile(schema)
    if (validate(data)) return []
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
  }
}
