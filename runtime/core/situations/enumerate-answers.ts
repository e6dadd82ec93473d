import type { Answers, Situation } from '../types'
import { setOwn } from './answer-value'
import { questionOrder } from './question-order'
import { visibility } from './visible-situations'

export type Enumeration = { combos: Answers[]; truncated: boolean }

/** Every subset of the values, in binary counting order: [], [a], [b], [a, b], [c] … */
function* subsets(values: string[], from = 0): Generator<string[]> {
  if (from === values.length) {
    yield []
    return
  }
  for (const rest of subsets(values, from + 1)) {
    yield rest
    yield [values[from] as string, ...rest]
  }
}

function* choices(s: Situation): Generator<string | string[] | undefined> {
  const values = [...new Set((Array.isArray(s.options) ? s.options : []).map((o) => o.value))]
  if (s.kind === 'multiple') yield* subsets(values)
  else if (values.length === 0)
    yield undefined // unanswerable: leave it unanswered
  else yield* values
}

/**
 * Every combination of answers to the questions shown: follow-ups only where their condition holds,
 * multiple choice as every subset (the empty one included). Deterministic: questions in dependency
 * order, options in definition order, later questions varying fastest. Stops after `limit`.
 */
export function enumerateAnswers(situations: Situation[], limit = 4096): Enumeration {
  const order = questionOrder(situations)
  const rank = new Map(situations.map((s, i) => [s.id, i] as const).reverse())
  const sorted = (acc: Answers): Answers => {
    const out: Answers = {}
    const keys = Object.keys(acc).sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    for (const k of keys) setOwn(out, k, acc[k])
    return out
  }
  function* walk(i: number, acc: Answers): Generator<Answers> {
    const s = order[i]
    if (!s) {
      yield sorted(acc)
      return
    }
    // parents come earlier in `order`, so their answers are already settled here
    if (!visibility(situations, acc)(s.id)) {
      yield* walk(i + 1, acc)
      return
    }
    for (const choice of choices(s)) {
      const next: Answers = { ...acc }
      if (choice !== undefined) setOwn(next, s.id, choice)
      yield* walk(i + 1, next)
    }
  }
  const combos: Answers[] = []
  const gen = walk(0, {})
  while (combos.length < limit) {
    const step = gen.next()
    if (step.done) return { combos, truncated: false }
    combos.push(step.value)
  }
  return { combos, truncated: !gen.next().done }
}
