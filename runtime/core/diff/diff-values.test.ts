import { describe, expect, it } from 'vitest'
import { diffValues } from './diff-values'

describe('diffValues', () => {
  it('reports nothing for equal data, whatever the key order', () => {
    expect(diffValues({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toEqual([])
  })

  it('diffs objects by key: removed first, then in the new order', () => {
    expect(diffValues({ a: 1, b: 2, c: { d: 1 } }, { c: { d: 2 }, e: 5, a: 1 }, 'guide')).toEqual([
      { path: 'guide.b', change: 'removed', before: 2 },
      { path: 'guide.c.d', change: 'changed', before: 1, after: 2 },
      { path: 'guide.e', change: 'added', after: 5 },
    ])
  })

  it('diffs plain arrays by index', () => {
    expect(diffValues(['甲', '乙', '丙'], ['甲', '丁'], 'basis')).toEqual([
      { path: 'basis.1', change: 'changed', before: '乙', after: '丁' },
      { path: 'basis.2', change: 'removed', before: '丙' },
    ])
    expect(diffValues([1], [1, 2])).toEqual([{ path: '1', change: 'added', after: 2 }])
  })

  it('matches arrays of objects by id / key / code, reporting moves', () => {
    const before = [
      { key: 'license', name: '营业执照', copies: 1 },
      { key: 'map', name: '红线图', copies: 1 },
      { key: 'old', name: '旧材料', copies: 1 },
    ]
    const after = [
      { key: 'map', name: '红线图', copies: 2 },
      { key: 'license', name: '营业执照', copies: 1 },
      { key: 'new', name: '新材料', copies: 1 },
    ]
    expect(diffValues(before, after, 'materials')).toEqual([
      { path: 'materials[old]', change: 'removed', before: before[2] },
      { path: 'materials[map].copies', change: 'changed', before: 1, after: 2 },
      { path: 'materials[map]', change: 'moved', before: 1, after: 0 },
      { path: 'materials[new]', change: 'added', after: after[2] },
    ])
    const items = diffValues([{ code: 'A', v: 1 }], [{ code: 'A', v: 2 }], 'items')
    expect(items).toEqual([{ path: 'items[A].v', change: 'changed', before: 1, after: 2 }])
  })

  it('falls back to indexes when identities are missing or repeated', () => {
    expect(diffValues([{ id: 'a' }, { id: 'a' }], [{ id: 'a' }, { id: 'b' }], 's')).toEqual([
      { path: 's.1.id', change: 'changed', before: 'a', after: 'b' },
    ])
  })

  it('reports type changes and top-level additions as one change', () => {
    expect(diffValues({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { path: 'a', change: 'changed', before: [1], after: { 0: 1 } },
    ])
    expect(diffValues(undefined, { a: 1 }, 'guide')).toEqual([
      { path: 'guide', change: 'added', after: { a: 1 } },
    ])
  })
})
