import type { Db } from '../../db/client'
import { Lru } from './lru'

/**
 * An LRU per database, for caches of immutable data (published versions and what derives from
 * them). Per database because tests run several apps, each on its own database, in one process.
 */
export function dbCache<V>(size: number): (db: Db) => Lru<string, V> {
  const caches = new WeakMap<Db, Lru<string, V>>()
  return (db) => {
    let cache = caches.get(db)
    if (!cache) {
      cache = new Lru<string, V>(size)
      caches.set(db, cache)
    }
    return cache
  }
}
