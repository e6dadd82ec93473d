// `npm run seed`: loads the seed templates into an empty database (PGlite in DATA_DIR, or
// DATABASE_URL), the same way the first start does, and says what it did.
import { createDatabase } from '../db/client'
import { readEnv } from './env'
import { seedElements, seedTemplates } from './services/seed'
import { ensureAdmin } from './services/users'

const env = readEnv()
const database = createDatabase(env)
try {
  const report = await database.exclusive(async () => {
    await database.migrate()
    const admin = await ensureAdmin(database.db, env.ADMIN_PASSWORD)
    if (admin.password)
      console.log(`已创建管理员 admin，初始密码（只显示这一次）：${admin.password}`)
    const elements = await seedElements(database.db)
    return { elements, templates: await seedTemplates(database.db) }
  })
  if (!report.templates) {
    console.error(
      '数据库中已有事项或一件事：模板只导入空数据库（可用 POST /api/templates/import 导入模板包）',
    )
    process.exitCode = 1
  } else {
    const t = report.templates
    console.log(
      `已导入：数据元 ${report.elements} 个，部门 ${t.departments} 个，事项 ${t.items} 个，一件事 ${t.bundles.map((b) => `${b.slug}@${b.version}`).join('、')}`,
    )
  }
} finally {
  await database.close()
}
