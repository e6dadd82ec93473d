import { describe, expect, it } from 'vitest'
import { renderPdf } from '../../runtime/pdf'
import { templateForms } from './template-forms'
import { pdfText, qpdfCheck, qrOfPage1 } from './tools'

const forms = templateForms()
const first = forms[0]
const qiye = forms.find((f) => f.slug === 'qiye-kaiban')

describe('the PDF as other tools see it', () => {
  it('a blank form: valid, Chinese labels extract, QR carries {s, v, h} and no number', async () => {
    const { form } = first!
    const bytes = await renderPdf(form)
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors')
    const text = pdfText(bytes)
    expect(text).toContain(form.title)
    expect(text).toContain('申请单位名称')
    expect(text).toContain('空白表')
    expect(text).toMatch(/第\s*1\s*页\s*共\s*\d+\s*页/)
    expect(text).toContain('申请材料清单')
    expect(text).toContain('申请人（签字/盖章）')
    const [qr] = qrOfPage1(bytes)
    expect(JSON.parse(qr!)).toEqual({ s: form.slug, v: 1, h: form.hash })
  })

  it('a prefilled form: values and 大写 print, QR carries the number', async () => {
    const { form } = qiye!
    const data = {
      applicant: {
        name: '长沙市岳麓区测试建设有限公司',
        registeredCapital: 12000,
      },
      legalRep: { idNumber: '11010519491231002X' },
    }
    const filled = { ...form, number: 'XJ20260115000042' }
    const bytes = await renderPdf(filled, data)
    const text = pdfText(bytes)
    expect(text).toContain('长沙市岳麓区测试建设有限公司')
    expect(text).toContain('11010519491231002X')
    expect(text).toContain('XJ20260115000042')
    expect(text).toContain('壹亿贰仟万元整')
    const [qr] = qrOfPage1(bytes)
    expect(JSON.parse(qr!)).toEqual({ n: 'XJ20260115000042', s: form.slug, v: 1, h: form.hash })
  })
})
