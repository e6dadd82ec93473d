import { describe, expect, it } from 'vitest'
import { unknownFields } from './unknown-fields'

const schema = {
  type: 'object',
  properties: {
    a: { type: 'object', properties: { name: { type: 'string' } } },
    rows: { type: 'array', items: { type: 'object', properties: { x: { type: 'number' } } } },
    any: { oneOf: [{ type: 'string' }, { type: 'object' }] },
  },
}

describe('unknownFields', () => {
  it('reports keys the form does not have, in sections and table rows', () => {
    const data = {
      a: { name: 'n', nick: 'x' },
      rows: [{ x: 1 }, { y: 2 }],
      extra: [1, 2],
      any: { free: 1 },
    }
    expect(unknownFields(schema, data).map((f) => f.path)).toEqual(['a.nick', 'extra', 'rows.1.y'])
  })
  it('does not treat inherited names as fields', () => {
    expect(
      unknownFields(schema, JSON.parse('{"constructor": 1, "__proto__": {"a": 1}}')).map(
        (f) => f.path,
      ),
    ).toEqual(['__proto__', 'constructor'])
  })
})
