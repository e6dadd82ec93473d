import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { displayOrder } from '../../runtime/core/diff/display-order'
import { checkForm, collectLeaves, resolveRefs } from '../../runtime/core/schema'
import { jsonEqual } from '../../runtime/core/schema/json-value'
import type { Form, JsonSchema, UiSchema } from '../../runtime/core/types'
import { getValidator } from '../../runtime/core/validation'
import { seedPackage } from '../../templates'
import { exportForm } from './export-form'
import { ImportError } from './import-form'
import { createState, idAt, nodeOf, pathOf } from './state'

const roundTrip = (form: Form): Form => exportForm(createState(form))

/** A copy of a uiSchema without `ui:order` anywhere (and the entries left empty). */
const withoutOrder = (ui: unknown): unknown => {
  if (!ui || typeof ui !== 'object' || Array.isArray(ui)) return ui
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(ui)) {
    if (k === 'ui:order') continue
    const inner = withoutOrder(v)
    const empty =
      inner && typeof inner === 'object' && !Array.isArray(inner) && !Object.keys(inner).length
    if (!empty || k.startsWith('ui:')) out[k] = inner
  }
  return out
}

/** Leaf paths in display order. */
const order = (form: Form): string[] => {
  const sort = (s: JsonSchema, ui: UiSchema): JsonSchema => {
    if (s.properties) {
      const props: Record<string, JsonSchema> = {}
      for (const k of displayOrder(Object.keys(s.properties), ui['ui:order']))
        props[k] = sort(s.properties[k]!, (ui[k] ?? {}) as UiSchema)
      return { ...s, properties: props }
    }
    if (s.items && !Array.isArray(s.items))
      return { ...s, items: sort(s.items, (ui.items ?? {}) as UiSchema) }
    return s
  }
  return collectLeaves(sort(resolveRefs(form.schema), form.uiSchema)).map((l) => l.path)
}

describe('import and export of the seed item forms', () => {
  const forms = seedPackage.items.map((i) => [i.code, i.form] as const)

  it.each(forms)('%s: same schema and uiSchema, same field order', (_code, form) => {
    const out = roundTrip(form)
    expect(jsonEqual(out.schema, form.schema)).toBe(true)
    expect(jsonEqual(withoutOrder(out.uiSchema), withoutOrder(form.uiSchema))).toBe(true)
    expect(order(out)).toEqual(order(form))
    // the order is in the properties themselves too
    expect(collectLeaves(out.schema).map((l) => l.path)).toEqual(order(form))
    expect(checkForm(out.schema)).toEqual([])
  })

  it.each(forms)('%s: export → import → export is stable', (_code, form) => {
    const once = roundTrip(form)
    expect(JSON.stringify(roundTrip(once))).toBe(JSON.stringify(once))
  })
})

const DIR = new URL('../../test/fixtures/rjsf-samples/', import.meta.url)
const samples = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) }))

describe('import of the rjsf playground corpus', () => {
  it.each(samples)(
    '$file: loads or is refused with a reason; loaded forms keep their meaning',
    (sample) => {
      const form = { schema: sample.schema, uiSchema: sample.uiSchema ?? {} }
      let out: Form
      try {
        out = roundTrip(form)
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError)
        expect((e as ImportError).message).toMatch(/\p{Script=Han}/u)
        return
      }
      expect(JSON.stringify(roundTrip(out))).toBe(JSON.stringify(out))
      const resolved = resolveRefs(sample.schema)
      if (checkForm(sample.schema).length === 0) expect(checkForm(out.schema)).toEqual([])
      if (sample.formData !== undefined) {
        let before: boolean
        try {
          before = getValidator(resolved)(sample.formData) === true
        } catch {
          return // the sample itself does not compile
        }
        expect(getValidator(out.schema)(sample.formData)).toBe(before)
      }
    },
  )
})

describe('import', () => {
  it('resolves local $refs first and drops the definitions', () => {
    const state = createState({
      schema: {
        type: 'object',
        $defs: {
          person: { type: 'object', properties: { name: { type: 'string', title: '姓名' } } },
        },
        properties: { owner: { $ref: '#/$defs/person', title: '产权人' } },
      },
      uiSchema: {},
    })
    const out = exportForm(state)
    expect(out.schema.$defs).toBeUndefined()
    expect(out.schema.properties?.owner).toEqual({
      type: 'object',
      title: '产权人',
      properties: { name: { type: 'string', title: '姓名' } },
    })
    expect(nodeOf(state, idAt(state, 'owner')!)?.kind).toBe('section')
  })

  it('makes sections, tables and fields; keeps opaque nodes, multi-selects and date ranges whole', () => {
    const state = createState({
      schema: {
        type: 'object',
        properties: {
          units: {
            type: 'array',
            items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
          },
          tags: { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['a', 'b'] } },
          either: { oneOf: [{ type: 'string' }, { type: 'number' }] },
          period: {
            type: 'object',
            'x-date-range': true,
            properties: { start: { type: 'string' }, end: { type: 'string' } },
          },
          map: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
      uiSchema: {},
    })
    const kind = (p: string) => nodeOf(state, idAt(state, p)!)?.kind
    expect(kind('units')).toBe('table')
    expect(kind('units[].name')).toBe('field')
    expect(nodeOf(state, idAt(state, 'units[].name')!)?.required).toBe(true)
    expect(kind('tags')).toBe('field')
    expect(kind('either')).toBe('field')
    expect(kind('period')).toBe('field')
    expect(kind('map')).toBe('field')
    expect(pathOf(state, idAt(state, 'units[].name')!)).toBe('units[].name')
  })

  it('follows ui:order, with * standing for the rest', () => {
    const state = createState({
      schema: {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      },
      uiSchema: { 'ui:order': ['c', '*', 'a'] },
    })
    const out = exportForm(state)
    expect(Object.keys(out.schema.properties!)).toEqual(['c', 'b', 'a'])
    expect(out.uiSchema['ui:order']).toEqual(['c', 'b', 'a'])
  })

  it('keeps unknown keywords and ui options, drops uiSchema entries of no property', () => {
    const out = roundTrip({
      schema: {
        type: 'object',
        title: '表',
        'x-custom': 1,
        properties: { a: { type: 'string', readOnly: true, 'x-unit': '米' } },
      },
      uiSchema: {
        'ui:submitButtonOptions': { norender: true },
        a: { 'ui:autofocus': true },
        ghost: {},
      },
    })
    expect(out.schema).toEqual({
      type: 'object',
      title: '表',
      'x-custom': 1,
      properties: { a: { type: 'string', readOnly: true, 'x-unit': '米' } },
    })
    expect(out.uiSchema).toEqual({
      'ui:submitButtonOptions': { norender: true },
      'ui:order': ['a'],
      a: { 'ui:autofocus': true },
    })
  })

  it('never turns a key named __proto__ into a prototype (resolveRefs drops the key)', () => {
    const schema = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"string","title":"x"},"a":{"type":"string"}}}',
    )
    const out = roundTrip({ schema, uiSchema: {} })
    expect(Object.keys(out.schema.properties!)).toEqual(['a'])
    expect(Object.getPrototypeOf(out.schema.properties)).toBe(Object.prototype)
  })

  it('refuses forms it cannot edit, in Chinese', () => {
    const refused = (schema: unknown) => {
      try {
        createState({ schema: schema as JsonSchema, uiSchema: {} })
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError)
        return (e as ImportError).message
      }
      throw new Error('not refused')
    }
    expect(refused({ type: 'array', items: { type: 'string' } })).toContain('根节点')
    expect(refused(null)).toContain('JSON Schema')
    expect(refused({ type: 'object', properties: { a: { $ref: 'http://x/y' } } })).toContain(
      '本地引用',
    )
    expect(
      refused({
        type: 'object',
        $defs: { a: { $ref: '#/$defs/a' } },
        properties: { a: { $ref: '#/$defs/a' } },
      }),
    ).toContain('循环')
    let deep: JsonSchema = { type: 'string' }
    for (let i = 0; i < 40; i++) deep = { type: 'object', properties: { a: deep } }
    expect(refused(deep)).toContain('嵌套过深')
  })
})
