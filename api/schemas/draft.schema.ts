import { z } from '@hono/zod-openapi'
import { answersSchema } from './submission.schema'

const draftData = z
  .record(z.string(), z.unknown())
  .openapi({ description: '已填的部分数据（合并表单的结构），不校验完整性' })

export const draftInputSchema = z
  .object({
    slug: z.string().min(1).max(80),
    version: z.number().int().min(1),
    answers: answersSchema,
    data: draftData,
  })
  .openapi('DraftInput')

export const draftUpdateSchema = z
  .object({
    answers: answersSchema,
    data: draftData,
    slug: z
      .string()
      .min(1)
      .max(80)
      .optional()
      .openapi({ description: '可省略；给出时必须与草稿的一件事相同' }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: '换到同一件事更新的发布版本' }),
  })
  .openapi('DraftUpdate')

export type DraftInput = z.infer<typeof draftInputSchema>
export type DraftUpdate = z.infer<typeof draftUpdateSchema>
