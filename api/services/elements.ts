import { asc, eq, like } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { elements } from '../../db/schema'
import type { Element } from '../../runtime/core/types'
import type { SessionUser } from '../context'
import { AppError } from '../errors'
import { contentHash } from '../lib/hash'
import { audit } from './audit'

const toElement = (row: typeof elements.$inferSelect): Element => row.doc as unknown as Element

export async function listElements(db: Db): Promise<Element[]> {
  const rows = await db.select().from(elements).orderBy(asc(elements.id))
  return rows.map(toElement)
}

export async function createElement(db: Db, actor: SessionUser | null, el: Element) {
  const groupKey = el.id.split('.')[0]
  if (groupKey?.startsWith('item_')) {
    throw new AppError('INVALID_INPUT', '数据元编号不能以 item_ 开头（保留给事项分区）', [
      { path: 'id', message: '保留前缀 item_' },
    ])
  }
  return db.transaction(async (tx) => {
    const [dup] = await tx.select({ id: elements.id }).from(elements).where(eq(elements.id, el.id))
    if (dup) throw new AppError('DUPLICATE', `数据元「${el.id}」已存在`)
    // A group key names one merged section: its title must stay the same across elements.
    const [sameKey] = await tx
      .select({ id: elements.id, group: elements.group })
      .from(elements)
      .where(like(elements.id, `${groupKey}.%`))
      .limit(1)
    if (sameKey && sameKey.group !== el.group) {
      throw new AppError('INVALID_INPUT', `分组 ${groupKey} 的标题应为「${sameKey.group}」`, [
        { path: 'group', message: `与 ${sameKey.id} 的分组标题不一致` },
      ])
    }
    const doc = { ...el, schema: { ...el.schema, title: el.schema.title ?? el.title } }
    await tx.insert(elements).values({ id: el.id, title: el.title, group: el.group, doc })
    await audit(tx, actor, {
      action: 'create',
      entity: 'element',
      entityId: el.id,
      after: contentHash(doc),
    })
    return doc as Element
  })
}
