import { describe, expect, it } from 'vitest'
import type { Item, Material } from '../types'
import { mergeMaterials, normalizeMaterialName } from './materials'

const item = (code: string, materials: Material[]): Item => ({
  code,
  name: code,
  department: '某局',
  kind: '行政许可',
  basis: [],
  timeLimit: { legal: 1, promised: 1 },
  fee: '',
  conditions: '',
  form: { schema: { type: 'object', properties: {} }, uiSchema: {} },
  materials,
})
const m = (name: string, extra: Partial<Material> = {}): Material => ({
  name,
  form: 'electronic',
  copies: 1,
  requirement: 'tolerated',
  ...extra,
})

describe('materials', () => {
  it('normalizes names: brackets, spaces, trailing punctuation', () => {
    expect(normalizeMaterialName('  营业执照（副本）。')).toBe('营业执照(副本)')
    expect(normalizeMaterialName('建设工程  规划许可证【正本】；')).toBe(
      '建设工程 规划许可证[正本]',
    )
    expect(normalizeMaterialName('授权委托书\u3000')).toBe('授权委托书')
  })

  it('keeps the strictest form and requirement, the most copies, and who needs it', () => {
    const out = mergeMaterials(
      [
        item('A', [m('营业执照', { form: 'copy', copies: 1, requirement: 'conditional' })]),
        item('B', [m('营业执照（副本）'), m('营业执照。', { form: 'original', copies: 3 })]),
        item('C', [m('营业执照', { requirement: 'required', eLicense: '营业执照' })]),
      ],
      { eLicenses: ['营业执照'] },
    )
    expect(out).toEqual([
      {
        key: '营业执照',
        name: '营业执照',
        form: 'original',
        copies: 3,
        requirement: 'required',
        eLicense: '营业执照',
        items: ['A', 'B', 'C'],
        exempt: true,
      },
      {
        key: '营业执照(副本)',
        name: '营业执照（副本）',
        form: 'electronic',
        copies: 1,
        requirement: 'tolerated',
        items: ['B'],
        exempt: false,
      },
    ])
  })

  it('joins a keyless material to a keyed one of the same name, and applies overrides last', () => {
    const out = mergeMaterials(
      [
        item('A', [m('不动产权证书')]),
        item('B', [m('不动产权证书 ', { key: 'realty', eLicense: '不动产权证书' })]),
      ],
      {
        eLicenses: [],
        overrides: {
          materials: { realty: { name: '不动产权证书（或土地证）', copies: 2, key: 'x' } },
        },
      },
    )
    expect(out).toEqual([
      {
        key: 'realty',
        name: '不动产权证书（或土地证）',
        form: 'electronic',
        copies: 2,
        requirement: 'tolerated',
        eLicense: '不动产权证书',
        items: ['A', 'B'],
        exempt: false,
      },
    ])
  })
})
