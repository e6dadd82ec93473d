import { describe, expect, it } from 'vitest'
import { breakCoalescing, canRedo, canUndo, redo, undo } from '../history'
import * as cmd from './commands'
import { createBundleHistory, isBundleDirty, markBundleSaved, recordBundle } from './history'
import { seedState } from './testing/seed'

const start = () => createBundleHistory(seedState('shigong-xuke'))

describe('bundle history', () => {
  it('undoes and redoes steps, giving back the very states', () => {
    const h0 = start()
    const h1 = recordBundle(h0, cmd.setGuide({ fee: '收费' }))
    const h2 = recordBundle(h1, cmd.removeSituation('supervision'))
    expect(undo(h2).present).toBe(h1.present)
    expect(undo(undo(h2)).present).toBe(h0.present)
    expect(redo(undo(undo(h2))).present).toBe(h1.present)
    expect(canUndo(h0)).toBe(false)
    expect(canRedo(h2)).toBe(false)
  })

  it('makes typing one text one step, until a blur or another edit', () => {
    let h = start()
    const before = h.present
    for (const location of ['一', '一楼', '一楼大厅'])
      h = recordBundle(h, cmd.setGuide({ location }))
    expect(h.past).toHaveLength(1)
    expect(undo(h).present).toBe(before)
    h = breakCoalescing(h)
    h = recordBundle(h, cmd.setGuide({ location: '二楼' }))
    expect(h.past).toHaveLength(2)
    for (const title of ['受', '受理'])
      h = recordBundle(h, cmd.updateGuideEntry('process', 0, { title }))
    for (const days of [2, 3]) h = recordBundle(h, cmd.updateGuideEntry('process', 0, { days }))
    expect(h.past).toHaveLength(4)
    for (const label of ['是', '是的'])
      h = recordBundle(h, cmd.updateOption('supervision', 'yes', { label }))
    for (const title of ['问', '问题'])
      h = recordBundle(h, cmd.updateSituation('supervision', { title }))
    expect(h.past).toHaveLength(6)
    // renaming an id is never joined
    h = recordBundle(h, cmd.updateSituation('supervision', { id: 'sup' }))
    h = recordBundle(h, cmd.updateSituation('sup', { id: 'sup2' }))
    expect(h.past).toHaveLength(8)
  })

  it('keeps refusals out of the steps, with their reason', () => {
    const h = start()
    const refused = recordBundle(h, cmd.removeSituation('nope'))
    expect(refused.error).toBe('没有情形问题「nope」')
    expect(refused.present).toBe(h.present)
    expect(refused.past).toBe(h.past)
    expect(recordBundle(refused, cmd.setGuide({ fee: 'x' })).error).toBeUndefined()
  })

  it('tracks changes against the saved draft', () => {
    let h = start()
    expect(isBundleDirty(h)).toBe(false)
    h = recordBundle(h, cmd.setGuide({ fee: '收费' }))
    expect(isBundleDirty(h)).toBe(true)
    h = markBundleSaved(h)
    expect(isBundleDirty(h)).toBe(false)
    h = recordBundle(h, cmd.setGuide({ hours: 'x' }))
    h = recordBundle(
      breakCoalescing(h),
      cmd.setGuide({ hours: seedState('shigong-xuke').doc.guide.hours }),
    )
    expect(isBundleDirty(h)).toBe(false)
    expect(isBundleDirty(undo(h))).toBe(true)
  })
})
