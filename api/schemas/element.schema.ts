import { z } from '@hono/zod-openapi'

export const elementInputSchema = z
  .object({
    id: z
      .string()
      .trim()
      .max(100)
      .regex(
        /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+$/,
        '编号形如 applicant.uscc（分组.名称）',
      ),
    title: z.string().trim().min(1).max(100),
    group: z.string().trim().min(1).max(50),
    synonyms: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    schema: z.record(z.string(), z.unknown()),
    description: z.string().trim().max(1000).optional(),
  })
  .openapi('Element')
