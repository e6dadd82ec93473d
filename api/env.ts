import { z } from 'zod'

/** Environment, checked once at boot: a typo fails loudly instead of running with defaults. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD 至少 8 位').optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).optional(),
  /** server processes sharing the port (PostgreSQL only: PGlite is single-process) */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** load the seed templates into an empty database at start (SEED_TEMPLATES=0 to skip) */
  SEED_TEMPLATES: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
})

export type Env = z.infer<typeof envSchema>

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  const parsed = envSchema
    .refine((e) => e.WORKERS === 1 || e.DATABASE_URL !== undefined, {
      path: ['WORKERS'],
      message: 'WORKERS > 1 需要 DATABASE_URL（PGlite 只能由一个进程使用）',
    })
    .safeParse(cleaned)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    // a setting to fix: the server prints the message alone (see startupFailure)
    throw Object.assign(new Error(`环境变量不合法:\n${lines.join('\n')}`), { code: 'INVALID_ENV' })
  }
  return parsed.data
}
