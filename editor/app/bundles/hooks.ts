import { createContext, useContext, useSyncExternalStore } from 'react'
import type { BundleStore } from './bundle-store'

export const BundleContext = createContext<BundleStore | null>(null)

export function useBundleStore(): BundleStore {
  const s = useContext(BundleContext)
  if (!s) throw new Error('useBundleStore outside BundleContext')
  return s
}

/** A value read from the store; the component re-renders only when it changes (Object.is). */
export function useBundle<T>(select: (s: BundleStore) => T): T {
  const store = useBundleStore()
  return useSyncExternalStore(store.subscribe, () => select(store))
}

/** The present composer state. */
export const usePresent = () => useBundle((s) => s.h.present)

/** The merged 一张表 of the present state (memoized by the core's merger). */
export const useMerged = () => useBundle((s) => s.merged())
