import type { Answers } from '../types'

/** The answer to question `q`, reading own keys only (a question id may be `constructor`). */
export const answerOf = (answers: Answers, q: string): unknown =>
  Object.hasOwn(answers, q) ? answers[q] : undefined

/** Empty string and null count as unanswered; an empty multiple choice (`[]`) is an answer. */
export const isAnswered = (v: unknown): boolean => v !== undefined && v !== null && v !== ''

const isScalar = (v: unknown): v is string | boolean | number =>
  typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number'

/** Option values are strings; a rule's `eq: true` and a boolean answer match the option `'true'`. */
export const sameValue = (a: unknown, b: unknown): boolean =>
  isScalar(a) && isScalar(b) && String(a) === String(b)

/** Sets an own enumerable key even when it is `__proto__`. */
export const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}
