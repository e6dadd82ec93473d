import { z } from '@hono/zod-openapi'

export const prefillInputSchema = z
  .object({
    subject: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .openapi({ description: '申请人的统一社会信用代码或身份证号码' }),
    number: z.string().trim().min(1).max(40).openapi({ description: '以往申请的申请编号' }),
    token: z.string().trim().min(1).max(200).openapi({ description: '以往申请的凭证（token）' }),
  })
  .openapi('PrefillInput')

export type PrefillInput = z.infer<typeof prefillInputSchema>
