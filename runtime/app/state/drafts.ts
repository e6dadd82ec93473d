import type { Answers } from '../../core/types'
import { readJson, remove, writeJson } from './storage'

export type FillMode = 'wizard' | 'long'

/** The applicant's work on one bundle, kept in this browser (and on the server under a resume code). */
export type Draft = {
  slug: string
  version: number
  answers: Answers
  /** the situation questions are done */
  answered: boolean
  data: Record<string, unknown>
  step: number
  mode: FillMode
  resumeCode?: string
  /** kept across retries of one submit, so a double click or a retry gives one submission */
  idempotencyKey?: string
  updatedAt: string
}

const key = (slug: string) => `yzb.draft.${slug}`

export const loadDraft = (slug: string): Draft | undefined => readJson<Draft>(key(slug))

export const newDraft = (slug: string, version: number): Draft => ({
  slug,
  version,
  answers: {},
  answered: false,
  data: {},
  step: 0,
  mode: 'wizard',
  updatedAt: new Date().toISOString(),
})

export const saveDraft = (d: Draft): boolean =>
  writeJson(key(d.slug), { ...d, updatedAt: new Date().toISOString() })

export const clearDraft = (slug: string): void => remove(key(slug))

export type ReceiptRecord = {
  number: string
  token: string
  slug: string
  version: number
  createdAt: string
}

const receiptKey = (n: string) => `yzb.receipt.${n}`

export const saveReceipt = (r: ReceiptRecord): boolean => writeJson(receiptKey(r.number), r)
export const loadReceipt = (n: string): ReceiptRecord | undefined =>
  readJson<ReceiptRecord>(receiptKey(n))
