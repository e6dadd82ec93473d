import { describe, expect, it } from 'vitest'
import type { JsonSchema, UiSchema } from '../types'
import { conditionNote, describeRule } from '.'

const schema: JsonSchema = {
  type: 'object',
  properties: {
    project: {
      type: 'object',
      properties: {
        isGov: { type: 'boolean', title: '是否政府投资' },
        kind: {
          type: 'string',
          title: '建设性质',
          enum: ['new', 'ext', 're'],
          enumNames: ['新建', '扩建', '改建'],
        },
        uses: {
          type: 'array',
          title: '用途',
          uniqueItems: true,
          items: { type: 'string', enum: ['a', 'b'] },
        },
      },
    },
    units: {
      type: 'array',
      items: {
        type: 'object',
        properties: { type: { type: 'string', title: '单位类型', enum: ['d', 'c'] } },
      },
    },
  },
}
const ui: UiSchema = {
  project: { uses: { items: { 'ui:enumNames': { a: '住宅', b: '商业' } } } },
  units: { items: { type: { 'ui:enumNames': ['设计', '施工'] } } },
}

describe('describeRule', () => {
  it('names fields by title and values by label', () => {
    expect(conditionNote({ q: 'project.isGov', eq: true }, schema, ui)).toBe(
      '仅当“是否政府投资”为“是”时填写',
    )
    expect(describeRule({ q: 'project.kind', in: ['ext', 're'] }, schema, ui)).toBe(
      '“建设性质”为“扩建”或“改建”',
    )
    expect(describeRule({ q: 'units[].type', eq: 'c' }, schema, ui)).toBe('“单位类型”为“施工”')
    expect(describeRule({ q: 'project.uses', eq: 'b' }, schema, ui)).toBe('“用途”选择了“商业”')
    expect(describeRule({ q: 'project.kind', answered: true }, schema, ui)).toBe('已填写“建设性质”')
  })

  it('words negations and combinations plainly', () => {
    expect(describeRule({ not: { q: 'project.kind', eq: 'new' } }, schema, ui)).toBe(
      '“建设性质”不为“新建”',
    )
    expect(describeRule({ not: { q: 'project.kind', in: ['ext', 're'] } }, schema, ui)).toBe(
      '“建设性质”不是“扩建”、“改建”中的任何一项',
    )
    expect(
      describeRule(
        {
          all: [
            { q: 'project.isGov', eq: false },
            {
              any: [
                { q: 'project.kind', eq: 'new' },
                { q: 'project.uses', answered: false },
              ],
            },
          ],
        },
        schema,
        ui,
      ),
    ).toBe('“是否政府投资”为“否”，且（“建设性质”为“新建”，或未填写“用途”）')
    expect(
      describeRule(
        {
          not: {
            all: [
              { q: 'project.isGov', eq: true },
              { q: 'project.kind', eq: 'new' },
            ],
          },
        },
        schema,
      ),
    ).toBe('“是否政府投资”不为“是”，或“建设性质”不为“新建”')
  })

  it('falls back to the key for a field the form does not have', () => {
    expect(describeRule({ q: 'gone.field', eq: 'x' }, schema)).toBe('“field”为“x”')
  })
})
