/**
 * What the administrator must fix before saving or publishing, in Chinese, each naming its node.
 * Errors block; warnings inform. The form is also run through runtime/core checkForm, the check
 * the server makes at save.
 */
import { intersectSchemas } from '../../runtime/core/merge/intersect'
import { checkForm } from '../../runtime/core/schema'
import type { Conflict, Element, JsonSchema } from '../../runtime/core/types'
import { getValidator } from '../../runtime/core/validation/compile'
import { checkPattern } from '../../runtime/core/validation/pattern-safety'
import { visibilityPlan } from '../../runtime/core/visibility/plan'
import { exportForm } from './export-form'
import { hasChoices, isMultiChoice, isNote } from './field-type'
import { keyProblem } from './keys'
import { readOptions } from './options'
import { allNodes, idAt, isWithin, nodeOf, pathOf } from './state'
import type { EditorNode, EditorState, NodeId } from './types'
import { isAtOrBelow, ruleFields, VISIBLE_WHEN } from './visibility'

export type Severity = 'error' | 'warning'

export type ProblemCode =
  | 'FORM'
  | 'EMPTY_FORM'
  | 'DUPLICATE_KEY'
  | 'INVALID_KEY'
  | 'EMPTY_TITLE'
  | 'NO_OPTIONS'
  | 'BAD_OPTION'
  | 'MIN_GT_MAX'
  | 'UNSAFE_PATTERN'
  | 'EMPTY_TABLE'
  | 'EMPTY_SECTION'
  | 'BAD_DEFAULT'
  | 'BAD_RULE'
  | 'REQUIRED_NOTE'
  | 'BAD_MONEY'
  | 'UNKNOWN_ELEMENT'
  | 'ELEMENT_CONFLICT'
  | 'ELEMENT_TWICE'

export type Problem = {
  /** the node; null for the form as a whole */
  id: NodeId | null
  /** data path (`units[].name`); '' for the form */
  path: string
  code: ProblemCode
  severity: Severity
  message: string
}

export type ProblemOptions = {
  /** the data element dictionary: bindings are checked against it when given */
  elements?: Element[]
}

const nameOf = (n: EditorNode): string =>
  typeof n.schema.title === 'string' && n.schema.title.trim() ? n.schema.title.trim() : n.key

const RANGES: [string, string, string][] = [
  ['minLength', 'maxLength', '最少字数大于最多字数'],
  ['minimum', 'maximum', '最小值大于最大值'],
  ['minItems', 'maxItems', '最少项数大于最多项数'],
]

/** `/properties/a/items/properties/b/pattern` → `a[].b` (as far as it names fields). */
export function pointerToPath(pointer: string): string {
  const parts = pointer.split('/').slice(1)
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'properties' && parts[i + 1] !== undefined) {
      const key = parts[++i]!.replace(/~1/g, '/').replace(/~0/g, '~')
      out = out ? `${out}.${key}` : key
    } else if (parts[i] === 'items' && out) out += '[]'
    else break
  }
  return out.endsWith('[]') ? out.slice(0, -2) : out
}

/** Every `pattern` keyword inside a schema (not inside values such as `enum` or `default`). */
function patternsIn(schema: unknown, visit: (pattern: unknown) => void) {
  const stack: unknown[] = [schema]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      stack.push(...node)
      continue
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern') visit(v)
      else if (!['enum', 'const', 'default', 'examples', VISIBLE_WHEN].includes(k)) stack.push(v)
    }
  }
}

function nodeProblems(n: EditorNode, add: (p: Omit<Problem, 'id' | 'path'>) => void) {
  const s = n.schema
  const name = nameOf(n)
  if (n.parent !== null) {
    if (typeof s.title !== 'string' || !s.title.trim())
      add({ code: 'EMPTY_TITLE', severity: 'error', message: `字段「${n.key}」没有标题` })
    const invalid = keyProblem(n.key)
    if (invalid)
      add({
        code: 'INVALID_KEY',
        severity: 'warning',
        message: `「${name}」的字段标识「${n.key}」不规范：${invalid}`,
      })
  }
  if (n.kind === 'table' && !n.children?.length)
    add({ code: 'EMPTY_TABLE', severity: 'error', message: `表格「${name}」没有列` })
  if (n.kind === 'section' && !n.children?.length)
    add({ code: 'EMPTY_SECTION', severity: 'warning', message: `分组「${name}」中没有字段` })
  if (n.kind === 'root' && !n.children?.length)
    add({ code: 'EMPTY_FORM', severity: 'warning', message: '表单还没有字段' })
  for (const [lo, hi, text] of RANGES) {
    const a = s[lo]
    const b = s[hi]
    if (typeof a === 'number' && typeof b === 'number' && a > b)
      add({ code: 'MIN_GT_MAX', severity: 'error', message: `「${name}」的${text}（${a} > ${b}）` })
  }
  patternsIn(n.kind === 'field' ? s : { ...s, row: n.row?.schema }, (p) => {
    const r =
      typeof p === 'string'
        ? checkPattern(p)
        : { ok: false as const, message: 'pattern 必须是字符串' }
    if (!r.ok)
      add({ code: 'UNSAFE_PATTERN', severity: 'error', message: `「${name}」：${r.message}` })
  })
  if (n.kind !== 'field') return
  if (isNote(s) && n.required)
    add({ code: 'REQUIRED_NOTE', severity: 'error', message: `说明文字「${name}」不能设为必填` })
  if (s['x-money'] !== undefined && s['x-money'] !== '元' && s['x-money'] !== '万元')
    add({
      code: 'BAD_MONEY',
      severity: 'error',
      message: `「${name}」的金额单位只能是「元」或「万元」`,
    })
  if (hasChoices(isMultiChoice(s) ? s.items : s) || Array.isArray(s.enum)) {
    const options = readOptions(s, n.ui)
    if (options.length === 0)
      add({ code: 'NO_OPTIONS', severity: 'error', message: `「${name}」没有选项` })
    const seen = new Set<string>()
    for (const o of options) {
      const v = JSON.stringify(o.value)
      if (o.value === '')
        add({ code: 'BAD_OPTION', severity: 'error', message: `「${name}」有空白选项` })
      else if (seen.has(v))
        add({
          code: 'BAD_OPTION',
          severity: 'error',
          message: `「${name}」的选项「${String(o.value)}」重复`,
        })
      seen.add(v)
    }
  }
  if (s.default !== undefined) {
    let ok = true
    try {
      ok = getValidator(s)(s.default) === true
    } catch {
      // a schema ajv cannot compile is reported by checkForm
    }
    if (!ok)
      add({
        code: 'BAD_DEFAULT',
        severity: 'warning',
        message: `「${name}」的默认值不符合该字段的要求`,
      })
  }
}

function ruleProblems(
  state: EditorState,
  n: EditorNode,
  add: (p: Omit<Problem, 'id' | 'path'>) => void,
) {
  const rule = n.schema[VISIBLE_WHEN]
  if (rule === undefined) return
  const name = nameOf(n)
  const fields = ruleFields(rule)
  if (fields.length === 0 || rule === null || typeof rule !== 'object') {
    add({ code: 'BAD_RULE', severity: 'error', message: `「${name}」的显示条件格式无效` })
    return
  }
  const own = pathOf(state, n.id)
  for (const q of fields) {
    const id = idAt(state, q)
    const target = id === undefined ? undefined : nodeOf(state, id)
    if (!target) {
      add({
        code: 'BAD_RULE',
        severity: 'error',
        message: `「${name}」的显示条件引用了不存在的字段「${q}」`,
      })
      continue
    }
    if (isWithin(state, target.id, n.id)) {
      add({ code: 'BAD_RULE', severity: 'error', message: `「${name}」的显示条件不能引用它自己` })
      continue
    }
    if (target.kind !== 'field' || isNote(target.schema)) {
      add({
        code: 'BAD_RULE',
        severity: 'error',
        message: `「${name}」的显示条件只能引用填写项，「${nameOf(target)}」不是`,
      })
      continue
    }
    // a column is read in the row being filled: only fields of that same row can use it
    const table = q.lastIndexOf('[]')
    if (table >= 0 && !own.startsWith(q.slice(0, table + 2))) {
      add({
        code: 'BAD_RULE',
        severity: 'error',
        message: `「${name}」的显示条件引用了表格「${q.slice(0, table)}」的列，只有同一行的字段可以这样引用`,
      })
      continue
    }
    const options = readOptions(target.schema, target.ui).map((o) => String(o.value))
    const boolean = target.schema.type === 'boolean'
    const values = valuesIn(rule, q)
    for (const v of values) {
      const known = boolean
        ? v === 'true' || v === 'false'
        : options.length === 0 || options.includes(v)
      if (!known)
        add({
          code: 'BAD_RULE',
          severity: 'warning',
          message: `「${name}」的显示条件比较的值「${v}」不是「${nameOf(target)}」的选项`,
        })
    }
  }
}

/** The values a rule compares field `q` with (`eq`, `in`), as text. */
function valuesIn(rule: unknown, q: string): string[] {
  const out: string[] = []
  const walk = (r: unknown) => {
    if (!r || typeof r !== 'object') return
    const node = r as Record<string, unknown>
    if (Array.isArray(node.all)) node.all.forEach(walk)
    else if (Array.isArray(node.any)) node.any.forEach(walk)
    else if ('not' in node) walk(node.not)
    else if (node.q === q) {
      if ('eq' in node) out.push(String(node.eq))
      if (Array.isArray(node.in)) out.push(...node.in.map(String))
    }
  }
  walk(rule)
  return out
}

function elementProblems(
  nodes: EditorNode[],
  elements: Element[],
  add: (n: EditorNode, p: Omit<Problem, 'id' | 'path'>) => void,
) {
  const byId = new Map(elements.map((e) => [e.id, e]))
  const bound = new Map<string, EditorNode[]>()
  for (const n of nodes) {
    const id = n.schema['x-element']
    if (typeof id !== 'string') continue
    bound.set(id, [...(bound.get(id) ?? []), n])
    const element = byId.get(id)
    if (!element) {
      add(n, {
        code: 'UNKNOWN_ELEMENT',
        severity: 'warning',
        message: `「${nameOf(n)}」绑定的数据元「${id}」不在数据元目录中`,
      })
      continue
    }
    const conflicts: Conflict[] = []
    intersectSchemas(
      [
        { item: '', label: '数据元', path: element.id, schema: element.schema, element: true },
        { item: 'form', label: '本表单', path: n.key, schema: n.schema as JsonSchema },
      ],
      { element: element.id, title: nameOf(n), conflicts },
    )
    for (const c of conflicts)
      add(n, {
        code: 'ELEMENT_CONFLICT',
        severity: 'warning',
        message: `「${nameOf(n)}」与数据元「${element.title}」不一致，合并时会冲突：${c.detail}`,
      })
  }
  for (const [id, list] of bound) {
    if (list.length < 2) continue
    for (const n of list)
      add(n, {
        code: 'ELEMENT_TWICE',
        severity: 'warning',
        message: `数据元「${byId.get(id)?.title ?? id}」被 ${list.length} 个字段绑定，合并时它们会成为同一个值`,
      })
  }
}

/** Problems of the edited form, in display order; form-level (checkForm) ones last. */
export function findProblems(state: EditorState, options: ProblemOptions = {}): Problem[] {
  const out: Problem[] = []
  const nodes = allNodes(state)
  const paths = new Map(nodes.map((n) => [n.id, pathOf(state, n.id)]))
  const at = (n: EditorNode) => (p: Omit<Problem, 'id' | 'path'>) =>
    out.push({ id: n.parent === null ? null : n.id, path: paths.get(n.id) ?? '', ...p })
  for (const n of nodes) {
    if (n.children) {
      const seen = new Set<string>()
      for (const c of n.children) {
        const child = state.nodes[c]!
        if (seen.has(child.key))
          at(child)({
            code: 'DUPLICATE_KEY',
            severity: 'error',
            message: `同一层级中有重复的字段标识「${child.key}」`,
          })
        seen.add(child.key)
      }
    }
    nodeProblems(n, at(n))
    ruleProblems(state, n, at(n))
  }
  if (options.elements) elementProblems(nodes, options.elements, (n, p) => at(n)(p))
  const exported = exportForm(state).schema
  // rules that depend on each other in a circle are ignored at run time: the fields always show
  for (const path of visibilityPlan(exported).cyclic) {
    const id = idAt(state, path)
    const n = id === undefined ? undefined : nodeOf(state, id)
    // a rule reading its own field is already named above
    const self = n && ruleFields(n.schema[VISIBLE_WHEN]).some((q) => isAtOrBelow(q, path))
    if (n && !self)
      at(n)({
        code: 'BAD_RULE',
        severity: 'error',
        message: `「${nameOf(n)}」的显示条件与其他字段的显示条件互相依赖（循环）`,
      })
  }
  for (const p of checkForm(exported)) {
    if (p.path.endsWith('/pattern')) continue // reported per field above
    const path = pointerToPath(p.path)
    out.push({
      id: idAt(state, path) ?? null,
      path,
      code: 'FORM',
      severity: 'error',
      message: p.message,
    })
  }
  return out
}

/** Whether any problem blocks saving (an error, not a warning). */
export const hasErrors = (problems: Problem[]): boolean =>
  problems.some((p) => p.severity === 'error')
