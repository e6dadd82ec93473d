import type { PrintStep } from '../../pdf/guide/guide-doc'
import { useI18n } from '../../ui/i18n'

type Row = { parallel?: string; steps: PrintStep[] }

/** Consecutive steps of one `parallel` group form one row: 并联审批 side by side. */
export function flowRows(steps: PrintStep[]): Row[] {
  const rows: Row[] = []
  for (const s of steps) {
    const last = rows.at(-1)
    if (s.parallel && last?.parallel === s.parallel) last.steps.push(s)
    else rows.push(s.parallel ? { parallel: s.parallel, steps: [s] } : { steps: [s] })
  }
  return rows
}

/** 办理流程 as boxes and arrows (一家牵头 → 并联审批 → 限时办结); the list below says the same in text. */
export function Flowchart({ steps }: { steps: PrintStep[] }) {
  const { t } = useI18n()
  const rows = flowRows(steps)
  return (
    <figure className="flow" aria-label={t('guide.flowchart')}>
      {rows.map((row, i) => (
        <div key={row.steps.map((s) => s.title).join('|')} style={{ display: 'contents' }}>
          {i > 0 && (
            <div className="flow-arrow" aria-hidden="true">
              ↓
            </div>
          )}
          <div className={row.steps.length > 1 ? 'flow-par' : ''}>
            {row.steps.length > 1 && <div className="muted">{t('guide.parallel')}</div>}
            <div className="flow-row">
              {row.steps.map((s) => (
                <div className="flow-box" key={`${s.title}-${s.department}`}>
                  <strong>{s.title}</strong>
                  <div className="dept">
                    {s.department}
                    {s.days === undefined ? '' : ` · ${t('days', { n: s.days })}`}
                  </div>
                </div>
              ))}
            </div>
          </div>
        </div>
      ))}
    </figure>
  )
}
