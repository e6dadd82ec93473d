/**
 * Property keys made from Chinese titles: camelCase pinyin syllables (建设单位名称 →
 * `jianSheDanWeiMingCheng`). A key is ASCII, starts with a letter and holds only letters, digits
 * and `_`, so it is a plain JSON key, a JavaScript identifier and a PDF field name segment (no `.`,
 * no `[`, nothing to escape).
 */
import { pinyin } from 'pinyin-pro'

export const MAX_KEY_LENGTH = 64
/** generated keys are cut at a syllable boundary past this length */
const GENERATED_LENGTH = 40
const FALLBACK_KEY = 'field'
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/
/** names that reach an object's prototype or shadow its built-ins when used as keys */
const RESERVED = new Set(['constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'])

/** Bracketed asides (units, notes) make keys long and say little: `总投资（万元）` → `zongTouZi`. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)

/** The words of a title: pinyin syllables of the Chinese, runs of ASCII letters and digits. */
function words(title: string): string[] {
  const text = title.normalize('NFKC')
  const stripped = text.replace(BRACKETED, ' ').trim()
  const source = stripped || text
  const syllables = pinyin(source, {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    v: true,
  })
  const out: string[] = []
  for (const s of syllables) for (const m of s.matchAll(/[A-Za-z0-9]+/g)) out.push(m[0])
  return out
}

/** The key a title suggests: camelCase pinyin, ASCII only, never empty. */
export function keyFromTitle(title: string): string {
  let key = ''
  for (const [i, w] of words(title).entries()) {
    const part = i === 0 ? w.toLowerCase() : capitalize(w.toLowerCase())
    if (key && key.length + part.length > GENERATED_LENGTH) break
    key += part
  }
  if (!key) return FALLBACK_KEY
  if (!/^[A-Za-z]/.test(key)) key = `${FALLBACK_KEY}${key}`
  key = key.slice(0, MAX_KEY_LENGTH)
  return RESERVED.has(key) ? `${key}Field` : key
}

/** `key`, else `key2`, `key3` … : the first not taken. */
export function uniqueKey(key: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(key)) return key
  const base = key.replace(/\d+$/, '') || key
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX_KEY_LENGTH - String(n).length)}${n}`
    if (!used.has(candidate)) return candidate
  }
}

/**
 * Why a key typed by the administrator cannot be used (a Chinese message), or null when it can.
 * `siblings` are the other keys of the same section.
 */
export function keyProblem(key: string, siblings: Iterable<string> = []): string | null {
  if (key === '') return '字段标识不能为空'
  if (key.length > MAX_KEY_LENGTH) return `字段标识不能超过 ${MAX_KEY_LENGTH} 个字符`
  if (!/^[A-Za-z]/.test(key)) return '字段标识必须以英文字母开头'
  if (!KEY_PATTERN.test(key)) {
    const bad = [...key].find((c) => !/[A-Za-z0-9_]/.test(c)) ?? ''
    return `字段标识只能包含英文字母、数字和下划线，不能包含「${bad}」`
  }
  if (RESERVED.has(key)) return `「${key}」是保留字，不能用作字段标识`
  for (const s of siblings) if (s === key) return `同一层级中已有字段标识「${key}」`
  return null
}
