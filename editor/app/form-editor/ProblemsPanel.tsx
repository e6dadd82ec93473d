import { Badge, Button, Popover } from 'antd'
import { useI18n } from '../../../runtime/ui/i18n'
import { commands as cmd, type Problem } from '../../core'
import { focusSelected } from './Canvas'
import { useStore, useStoreValue } from './store-hooks'

/** The core's problems; clicking one selects its field. */
export function ProblemsList({
  problems,
  compact = false,
}: {
  problems: Problem[]
  compact?: boolean
}) {
  const { t } = useI18n()
  const store = useStore()
  return (
    <ul className={`problems${compact ? ' compact' : ''}`}>
      {problems.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a node may have several problems of one code
        <li key={`${p.id}-${p.code}-${i}`} className={p.severity}>
          <span className="problem-level">
            {p.severity === 'error' ? t('problems.error') : t('problems.warning')}
          </span>
          {compact || p.id === null ? (
            <span>{p.message}</span>
          ) : (
            <button
              type="button"
              className="link-like"
              onClick={() => {
                store.dispatch(cmd.select(p.id))
                focusSelected(document.querySelector('.cv-paper'), p.id)
              }}
            >
              {p.message}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

/** The counts in the toolbar; the list opens beside them. */
export function ProblemsButton() {
  const { t } = useI18n()
  const problems = useStoreValue((s) => s.problems)
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('problems.title')}
      content={
        <div className="problems-pop">
          {problems.length ? <ProblemsList problems={problems} /> : t('problems.none')}
        </div>
      }
    >
      <Button size="small" data-testid="problems-button">
        <Badge status={errors ? 'error' : warnings ? 'warning' : 'success'} />
        {errors || warnings ? t('problems.count', { e: errors, w: warnings }) : t('problems.none')}
      </Button>
    </Popover>
  )
}
