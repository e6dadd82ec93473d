import { useCallback, useMemo, useRef, useState } from 'react'
import { type Draft, loadDraft, newDraft, saveDraft } from './drafts'

/**
 * The draft of `slug` (a fresh one on `version` when there is none). `update` saves at once, not in
 * a state updater, so a page navigated to right after it reads the new draft.
 */
export function useDraft(slug: string, version: number | undefined) {
  const [draft, setDraft] = useState<Draft | undefined>(() => loadDraft(slug))
  const fresh = useMemo(
    () => (version !== undefined ? newDraft(slug, version) : undefined),
    [slug, version],
  )
  const current = draft ?? fresh
  const latest = useRef(current)
  latest.current = current
  const update = useCallback((change: (d: Draft) => Draft) => {
    const base = latest.current
    if (!base) return
    const next = change(base)
    latest.current = next
    saveDraft(next)
    setDraft(next)
  }, [])
  return { draft: current, update }
}
