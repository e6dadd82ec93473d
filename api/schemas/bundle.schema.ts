import { z } from '@hono/zod-openapi'

const text = (max: number) => z.string().trim().max(max)
const jsonObject = z.record(z.string(), z.unknown())

export const STAGES = ['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收', '其他'] as const

const situationSchema = z
  .object({
    id: text(64)
      .min(1)
      .regex(/^[\w-]+$/, '问题编号只能包含字母、数字、_ 和 -'),
    title: text(200).min(1),
    kind: z.enum(['single', 'multiple']).default('single'),
    options: z.array(z.object({ value: text(64).min(1), label: text(200).min(1) })).max(50),
    help: text(1000).optional(),
    when: z.unknown().optional(),
  })
  .openapi('Situation')

const ruleSchema = z
  .object({
    target: z.object({ type: z.enum(['item', 'material', 'section']), id: text(200).min(1) }),
    when: z.unknown(),
  })
  .openapi('ApplicabilityRule')

export const bundleInputSchema = z
  .object({
    slug: text(80)
      .min(2)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'slug 只能包含小写字母、数字和 -'),
    name: text(200).min(1),
    leadDepartmentId: z.uuid(),
    stage: text(50).default('其他'),
    items: z
      .array(z.object({ itemId: z.uuid(), version: z.number().int().min(1) }))
      .max(200)
      .default([]),
    bindings: z
      .array(z.object({ item: text(64).min(1), path: text(500).min(1), element: text(100) }))
      .max(5000)
      .default([]),
    situations: z.array(situationSchema).max(100).default([]),
    rules: z.array(ruleSchema).max(2000).default([]),
    overrides: jsonObject.default({}),
    guide: jsonObject.default({}),
    /** suggestions the lead department rejected, as `itemCode:path` */
    rejected: z.array(text(600)).max(5000).default([]),
  })
  .openapi('BundleInput')

export type BundleInput = z.infer<typeof bundleInputSchema>
