import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dataArb } from '../../runtime/core/merge/testing/arbitrary-data'
import { validate } from '../../runtime/core/validation'
import { pdfNormalForm, readPdf, renderPdf } from '../../runtime/pdf'
import { templateForms } from './template-forms'

/**
 * The read-back law: for valid data (in the PDF's normal form: no empty values, multi-selects in
 * option order), readPdf(renderPdf(form, data)).data equals the data.
 */
describe.each(templateForms())('read-back law: $slug', ({ form }) => {
  it('readPdf(renderPdf(form, data)).data equals data', async () => {
    const valid = dataArb(form.schema)
      .map((d) => pdfNormalForm(form.schema, form.uiSchema, d) ?? {})
      .filter((d) => validate(form.schema, d).length === 0)
    await fc.assert(
      fc.asyncProperty(valid, async (data) => {
        const bytes = await renderPdf({ ...form, number: 'XJ20260115000001' }, data)
        const back = await readPdf(bytes, form)
        expect(back.data).toEqual(data)
        expect(back.errors).toEqual([])
      }),
      { numRuns: 12, seed: 20260115 },
    )
  })

  it('a blank form reads back as no data, with the required-field errors', async () => {
    const back = await readPdf(await renderPdf(form), form)
    expect(back.data).toEqual({})
    expect(back.errors.length).toBeGreaterThan(0)
    expect(back.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true)
  })
})
