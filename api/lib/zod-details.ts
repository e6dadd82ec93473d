import type { z } from '@hono/zod-openapi'
import type { ErrorDetail } from '../errors'

/** zod issues → `[{path, message}]` with dotted paths. */
export function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }))
}
