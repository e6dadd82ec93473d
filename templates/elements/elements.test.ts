import { describe, expect, it } from 'vitest'
import type { Element, JsonSchema } from '../../runtime/core/types'
import { agentElements } from './agent'
import { applicantElements } from './applicant'
import { applicationElements } from './application'
import { buildingElements } from './building'
import { certificateElements } from './certificate'
import { contactElements } from './contact'
import { enterpriseElements } from './enterprise'
import { environmentElements } from './environment'
import { elementById, elements } from './index'
import { investmentElements } from './investment'
import { landElements } from './land'
import { legalRepElements } from './legal-rep'
import { partiesElements } from './parties'
import { projectElements } from './project'

const FORMATS = [
  'uscc',
  'cn-id',
  'cn-mobile',
  'cn-phone',
  'cn-postcode',
  'cn-division',
  'project-code',
  'email',
  'date',
]
const MONEY_UNITS = ['万元', '元']
const UNITS = ['平方米', '米', '层', '日历天', '%', '人']

const groupKey = (element: Element) => element.id.split('.')[0]!

/** Case, width and spacing do not make two labels different. */
const strict = (label: string) =>
  label
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[-_—–]/g, '-')
    .toLowerCase()

/** Looser still: a parenthesised note (unit, alternative) and a leading 其中 do not either. */
const loose = (label: string) =>
  strict(label)
    .replace(/\([^)]*\)/g, '')
    .replace(/^其中:?/, '')

/** Every schema node of an element's schema, the root first. */
function nodes(schema: JsonSchema): JsonSchema[] {
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.items ? [schema.items] : []),
  ]
  return [schema, ...children.flatMap(nodes)]
}

/** Ids of the elements a label names, by title or synonym, under a normalisation. */
function named(label: string, normalize = loose): string[] {
  const wanted = normalize(label)
  return elements
    .filter((e) => [e.title, ...e.synonyms].some((candidate) => normalize(candidate) === wanted))
    .map((e) => e.id)
}

describe('data element dictionary', () => {
  it('has at least 70 elements', () => {
    expect(elements.length).toBeGreaterThanOrEqual(70)
  })

  it('lists every group file exactly once, in a stable order', () => {
    const files = [
      applicantElements,
      legalRepElements,
      agentElements,
      contactElements,
      enterpriseElements,
      projectElements,
      investmentElements,
      landElements,
      buildingElements,
      partiesElements,
      certificateElements,
      environmentElements,
      applicationElements,
    ]
    expect(elements).toEqual(files.flat())
    for (const file of files) {
      expect(file.length).toBeGreaterThan(0)
      expect(new Set(file.map(groupKey)).size).toBe(1)
    }
  })

  it('has unique, dotted camelCase ASCII ids', () => {
    const ids = elements.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/)
  })

  it('finds elements by id', () => {
    for (const element of elements) expect(elementById(element.id)).toBe(element)
    expect(elementById('applicant.nope')).toBeUndefined()
    expect(elementById('')).toBeUndefined()
  })

  it('ties each group key to one group title and each title to one key', () => {
    const titleOfKey = new Map<string, string>()
    const keyOfTitle = new Map<string, string>()
    for (const element of elements) {
      const key = groupKey(element)
      expect(element.group.trim()).not.toBe('')
      expect(titleOfKey.get(key) ?? element.group, element.id).toBe(element.group)
      expect(keyOfTitle.get(element.group) ?? key, element.id).toBe(key)
      titleOfKey.set(key, element.group)
      keyOfTitle.set(element.group, key)
    }
  })

  it('has unique titles', () => {
    const titles = elements.map((e) => strict(e.title))
    expect(new Set(titles).size).toBe(titles.length)
  })

  it('gives every schema a type and the element title', () => {
    for (const element of elements) {
      expect(element.title.trim(), element.id).not.toBe('')
      expect(element.schema.title, element.id).toBe(element.title)
      expect(typeof element.schema.type, element.id).toBe('string')
    }
  })

  it('binds no schema to an element itself', () => {
    for (const element of elements) {
      for (const node of nodes(element.schema))
        expect(node['x-element'], element.id).toBeUndefined()
    }
  })

  it('uses only the known formats', () => {
    for (const element of elements) {
      for (const node of nodes(element.schema)) {
        if (node.format !== undefined) expect(FORMATS, element.id).toContain(node.format)
      }
    }
  })

  it('constrains strings, numbers, money, units and enums sensibly', () => {
    for (const element of elements) {
      for (const node of nodes(element.schema)) {
        const where = `${element.id}: ${JSON.stringify(node)}`
        if (node.type === 'string' && node.enum === undefined && node.format !== 'date') {
          expect(node.maxLength, where).toBeGreaterThan(0)
          expect(node.maxLength, where).toBeLessThanOrEqual(2000)
        }
        if (node.type === 'number' || node.type === 'integer') {
          expect(node.minimum, where).toBe(0)
        }
        if (node['x-money'] !== undefined) {
          expect(node.type, where).toBe('number')
          expect(MONEY_UNITS, where).toContain(node['x-money'])
        }
        if (node['x-unit'] !== undefined) expect(UNITS, where).toContain(node['x-unit'])
        if (node.enum !== undefined) {
          expect(node.enum.length, where).toBeGreaterThan(1)
          expect(new Set(node.enum).size, where).toBe(node.enum.length)
          for (const value of node.enum) expect(value, where).toMatch(/[\u4e00-\u9fff]/)
        }
        if (node.type === 'array') expect(node.items, where).toBeDefined()
      }
    }
  })

  it('keeps names, addresses and scope within the usual lengths', () => {
    for (const element of elements) {
      const max = element.schema.maxLength
      if (max === undefined) continue
      if (/名称|姓名|^联系人$/.test(element.title)) expect(max, element.id).toBeLessThanOrEqual(100)
      if (/地址|地点|住所/.test(element.title)) expect(max, element.id).toBeLessThanOrEqual(200)
    }
  })

  it('never lets a synonym name two elements', () => {
    const owner = new Map<string, string>()
    for (const element of elements) {
      for (const synonym of element.synonyms) {
        expect(synonym.trim(), element.id).not.toBe('')
        const key = loose(synonym)
        const previous = owner.get(key)
        if (previous !== undefined && previous !== element.id) {
          throw new Error(`synonym ${synonym} of ${element.id} also names ${previous}`)
        }
        owner.set(key, element.id)
      }
    }
  })

  it('never uses another element title as a synonym', () => {
    const titles = new Map(elements.map((e) => [loose(e.title), e.id]))
    for (const element of elements) {
      for (const synonym of element.synonyms) {
        const other = titles.get(loose(synonym))
        if (other !== undefined && other !== element.id) {
          throw new Error(`synonym ${synonym} of ${element.id} is the title of ${other}`)
        }
      }
      expect(element.synonyms.map(strict), element.id).not.toContain(strict(element.title))
      expect(new Set(element.synonyms.map(strict)).size, element.id).toBe(element.synonyms.length)
    }
  })

  it.each([
    ['建设单位名称', 'applicant.name'],
    ['项目单位', 'applicant.name'],
    ['企业名称', 'applicant.name'],
    ['统一社会信用代码', 'applicant.uscc'],
    ['住所', 'applicant.address'],
    ['法人代表', 'legalRep.name'],
    ['法定代表人身份证号码', 'legalRep.idNumber'],
    ['委托代理人', 'agent.name'],
    ['联系人姓名', 'contact.name'],
    ['通信地址', 'contact.address'],
    ['邮编', 'contact.postcode'],
    ['投资项目统一代码', 'project.code'],
    ['建设地址', 'project.location'],
    ['建设内容', 'project.scale'],
    ['是否政府投资项目', 'project.governmentInvested'],
    ['总投资（万元）', 'investment.total'],
    ['宗地号', 'land.parcelNo'],
    ['施工单位', 'parties.constructorName'],
    ['项目总监', 'parties.chiefSupervisor'],
    ['不动产权证号', 'certificate.realEstateNo'],
    ['施工图审查合格证书编号', 'certificate.drawingReviewNo'],
    ['采取的环保措施及排放去向', 'environment.measures'],
  ])('reads %s as %s', (label, id) => {
    expect(named(label)).toEqual([id])
  })

  it.each([
    // different people
    ['联系人', 'contact.name'],
    ['法定代表人', 'legalRep.name'],
    ['经办人', 'agent.name'],
    // different units
    ['建设单位', 'applicant.name'],
    ['施工单位', 'parties.constructorName'],
    ['监理单位', 'parties.supervisorName'],
    // different places
    ['注册地址', 'applicant.address'],
    ['建设地点', 'project.location'],
    ['通讯地址', 'contact.address'],
    ['生产经营地址', 'enterprise.operatingAddress'],
    // different permits
    ['建设用地规划许可证号', 'land.planningPermitNo'],
    ['建设工程规划许可证号', 'certificate.buildingPlanningPermitNo'],
  ])('keeps %s apart: only %s', (label, id) => {
    expect(named(label)).toEqual([id])
  })

  it.each([
    '名称',
    '地址',
    '电话',
    '手机号码',
    '身份证号码',
    '证件号码',
    '负责人',
    '项目负责人',
    '项目经理',
    '规划许可证号',
    '行政区划',
    '所属行业',
    '开工日期',
    '竣工日期',
    '层数',
    '备注',
    '投资总额',
    '占地面积',
    '送达地址',
    '纳税人识别号',
  ])('leaves the ambiguous label %s unbound', (label) => {
    expect(named(label)).toEqual([])
  })
})
