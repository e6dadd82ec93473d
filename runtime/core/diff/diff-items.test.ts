import { describe, expect, it } from 'vitest'
import { diffBundleVersions } from './diff-bundle-versions'
import { diffItems } from './diff-items'

const form = (maxLength: number) => ({
  schema: { type: 'object', properties: { name: { type: 'string', title: '名称', maxLength } } },
  uiSchema: {},
})

describe('diffItems', () => {
  it('diffs the form field by field and the rest as values, without record metadata', () => {
    const a = {
      id: 'x',
      version: 1,
      hash: 'h1',
      publishedAt: '2026-01-01',
      code: 'FG-BA-001',
      name: '企业投资项目备案',
      timeLimit: { legal: 20, promised: 5 },
      form: form(100),
      materials: [{ key: 'license', name: '营业执照', copies: 1 }],
    }
    const b = {
      ...a,
      version: 2,
      hash: 'h2',
      publishedAt: '2026-02-01',
      timeLimit: { legal: 20, promised: 3 },
      form: form(50),
      materials: [{ key: 'license', name: '营业执照', copies: 2 }],
    }
    expect(diffItems(a, b)).toEqual({
      fields: [
        {
          path: 'name',
          change: 'changed',
          title: '名称',
          keywords: ['maxLength'],
          before: { maxLength: 100 },
          after: { maxLength: 50 },
        },
      ],
      values: [
        { path: 'timeLimit.promised', change: 'changed', before: 5, after: 3 },
        { path: 'materials[license].copies', change: 'changed', before: 1, after: 2 },
      ],
    })
  })
})

describe('diffBundleVersions', () => {
  it('splits the diff by part', () => {
    const a = {
      slug: 'kaigong',
      name: '开工一件事',
      version: 1,
      hash: 'a',
      ...form(100),
      mapping: [{ item: 'A', path: 'n', merged: 'name' }],
      materials: [{ key: 'license', name: '营业执照', items: ['A'] }],
      guide: { fee: '不收费' },
      situations: [{ id: 'invest', title: '是否政府投资项目', kind: 'single', options: [] }],
      rules: [{ target: { type: 'item', id: 'A' }, when: { q: 'invest', eq: 'x' } }],
      items: [{ code: 'A', name: '甲', department: '经济发展局', version: 1 }],
    }
    const b = {
      ...a,
      version: 2,
      hash: 'b',
      name: '开工前一件事',
      ...form(80),
      mapping: [{ item: 'A', path: 'n', merged: 'applicant.name' }],
      materials: [],
      guide: { fee: '不收费', phone: '0755-12345678' },
      situations: [{ id: 'invest', title: '是否政府投资', kind: 'single', options: [] }],
      rules: [],
      items: [{ code: 'A', name: '甲', department: '经济发展局', version: 2 }],
    }
    const d = diffBundleVersions(a, b)
    expect(d.fields.map((f) => [f.path, f.change, f.keywords])).toEqual([
      ['name', 'changed', ['maxLength']],
    ])
    expect(d.materials).toEqual([
      { path: 'materials[license]', change: 'removed', before: a.materials[0] },
    ])
    expect(d.guide).toEqual([{ path: 'guide.phone', change: 'added', after: '0755-12345678' }])
    expect(d.situations).toEqual([
      {
        path: 'situations[invest].title',
        change: 'changed',
        before: '是否政府投资项目',
        after: '是否政府投资',
      },
    ])
    expect(d.rules).toEqual([{ path: 'rules.0', change: 'removed', before: a.rules[0] }])
    expect(d.items).toEqual([{ path: 'items[A].version', change: 'changed', before: 1, after: 2 }])
    expect(d.other).toEqual([
      { path: 'name', change: 'changed', before: '开工一件事', after: '开工前一件事' },
      {
        path: 'mapping[A:n].merged',
        change: 'changed',
        before: 'name',
        after: 'applicant.name',
      },
    ])
  })

  it('reports nothing between identical versions', () => {
    const v = { ...form(10), materials: [], guide: {}, situations: [], rules: [], items: [] }
    expect(diffBundleVersions(v, { ...v, version: 9, hash: 'z' })).toEqual({
      fields: [],
      materials: [],
      guide: [],
      situations: [],
      rules: [],
      items: [],
      other: [],
    })
  })
})
