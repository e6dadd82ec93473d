import { flowRows } from '../../core/guide/flow-rows'
import type { PrintStep } from '../../core/guide/guide-doc'
import { useI18n } from '../../ui/i18n'

/** 办理流程 as boxes and arrows (一家牵头 → 并联审批 → 限时办结); the list below says the same in text. */
export function Flowchart({ steps }: { steps: PrintStep[] }) {
  const { t } = useI18n()
  const rows = flowRows(steps)
  return (
    <figure className="flow" aria-label={t('guide.flowchart')}>
      {rows.map((row, i) => (
        <div key={row[0]!.n} style={{ display: 'contents' }}>
          {i > 0 && (
            <div className="flow-arrow" aria-hidden="true">
              ↓
            </div>
          )}
          <div className={row.length > 1 ? 'flow-par' : ''}>
            {row.length > 1 && <div className="muted">{t('guide.parallel')}</div>}
            <div className="flow-row">
              {row.map((s) => (
                <div className="flow-box" key={s.n}>
                  <strong>
                    {s.n}. {s.title}
                  </strong>
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
