import { z } from '@hono/zod-openapi'

export const answersSchema = z
  .record(
    z.string().max(64),
    z.union([z.string().max(200), z.boolean(), z.array(z.string().max(200)).max(100)]),
  )
  .default({})
  .openapi('Answers', { description: '情形问题的回答：{问题编号: 选项值 | 选项值[]}' })

export const tailorInputSchema = z.object({ answers: answersSchema }).openapi('TailorInput')

export const submissionInputSchema = z
  .object({ answers: answersSchema, data: z.record(z.string(), z.unknown()) })
  .openapi('SubmissionInput')

export type SubmissionInput = z.infer<typeof submissionInputSchema>
