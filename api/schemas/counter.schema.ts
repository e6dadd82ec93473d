import { z } from '@hono/zod-openapi'

export const SUBMISSION_STATUSES = ['submitted', 'accepted', 'returned'] as const

export const submissionListQuery = z.object({
  q: z.string().trim().max(100).optional().openapi({ description: '申请编号前缀或一件事名称' }),
  status: z.enum(SUBMISSION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})

export type SubmissionListQuery = z.infer<typeof submissionListQuery>

export const statusInputSchema = z
  .object({
    status: z.enum(['accepted', 'returned']),
    reason: z.string().trim().max(500, '原因不超过 500 字').optional(),
  })
  .refine((v) => v.status !== 'returned' || !!v.reason, {
    path: ['reason'],
    message: '退回时必须填写退回原因',
  })
  .openapi('StatusInput', { description: '受理（accepted）或退回（returned，须写原因）' })

export type StatusInput = z.infer<typeof statusInputSchema>

export const checklistInputSchema = z
  .object({
    received: z
      .array(z.string().min(1).max(200))
      .max(500)
      .openapi({ description: '已收到的材料 key（来自裁剪后的材料清单）' }),
  })
  .openapi('ChecklistInput')

export type ChecklistInput = z.infer<typeof checklistInputSchema>
