import { z } from '@hono/zod-openapi'

const text = (max: number) => z.string().trim().max(max)

export const materialSchema = z
  .object({
    key: text(100).optional(),
    name: text(200).min(1),
    form: z.enum(['original', 'copy', 'electronic']).default('copy'),
    copies: z.number().int().min(0).max(100).default(1),
    requirement: z.enum(['required', 'tolerated', 'conditional']).default('required'),
    source: text(200).optional(),
    eLicense: text(100).optional(),
    note: text(1000).optional(),
    blankUrl: text(500).optional(),
    sampleUrl: text(500).optional(),
  })
  .openapi('Material')

const jsonObject = z.record(z.string(), z.unknown())

export const formSchema = z
  .object({ schema: jsonObject, uiSchema: jsonObject.default({}) })
  .openapi('Form', { description: 'JSON Schema (2020-12 subset) + rjsf uiSchema' })

export const itemInputSchema = z
  .object({
    code: text(64)
      .min(1)
      .regex(/^[\w.\-/]+$/, '事项编码只能包含字母、数字和 _ - . /'),
    name: text(200).min(1),
    departmentId: z.uuid(),
    kind: text(50).default('行政许可'),
    basis: z.array(text(1000)).max(100).default([]),
    timeLimit: z
      .object({
        legal: z.number().int().min(0).max(3650),
        promised: z.number().int().min(0).max(3650),
      })
      .default({ legal: 0, promised: 0 }),
    fee: text(1000).default('不收费'),
    conditions: text(5000).default(''),
    form: formSchema,
    materials: z.array(materialSchema).max(500).default([]),
    guide: jsonObject.optional(),
  })
  .openapi('ItemInput')

export type ItemInput = z.infer<typeof itemInputSchema>

export const publishSchema = z
  .object({ note: text(2000).default('') })
  .default({ note: '' })
  .openapi('PublishInput')
