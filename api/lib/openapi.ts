import type { z } from '@hono/zod-openapi'

/** A required JSON request body for `createRoute`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
})

/** Response entries: documented by description; error bodies are always `{error:{code,message}}`. */
export const responses = (ok: Record<number, string>, ...errors: number[]) => {
  const out: Record<number, { description: string }> = {}
  for (const [status, description] of Object.entries(ok)) out[Number(status)] = { description }
  for (const s of errors) out[s] = { description: errorDescriptions[s] ?? 'Error' }
  return out
}

const errorDescriptions: Record<number, string> = {
  400: '请求体不是合法的 JSON',
  401: '未登录',
  403: '没有权限',
  404: '不存在',
  409: '冲突',
  412: 'If-Match 已过期（他人先保存）',
  413: '请求体过大',
  422: '输入不合法（details 列出每个字段）',
  428: '缺少 If-Match',
}

export const bearer = [{ bearer: [] }]
