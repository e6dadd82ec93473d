import { createContext, useContext, useSyncExternalStore } from 'react'
import type { EditorNode, NodeId, Severity } from '../../core'
import type { ItemStore } from '../item/item-store'

export const StoreContext = createContext<ItemStore | null>(null)

export function useStore(): ItemStore {
  const s = useContext(StoreContext)
  if (!s) throw new Error('useStore outside StoreContext')
  return s
}

/** A value read from the store; the component re-renders only when it changes (Object.is). */
export function useStoreValue<T>(select: (s: ItemStore) => T): T {
  const store = useStore()
  return useSyncExternalStore(store.subscribe, () => select(store))
}

export const useNode = (id: NodeId): EditorNode | undefined =>
  useStoreValue((s) => s.h.present.nodes[id])

export const useIsSelected = (id: NodeId): boolean =>
  useStoreValue((s) => s.h.present.selection === id)

export const useSelection = (): NodeId | null => useStoreValue((s) => s.h.present.selection)

export const useProblemLevel = (id: NodeId): Severity | null =>
  useStoreValue((s) => s.problemLevel.get(id) ?? null)
