import type { WidgetProps } from '@rjsf/utils'
import { ariaDescribedByIds } from '@rjsf/utils'
import type { DivisionNode } from '../../core/formats/cn-division'
import { useDivisionTree } from './division-data'

const LEVELS = ['省', '市', '区县'] as const

/** The chain of options from the province down to `code`. */
function chainOf(tree: DivisionNode[], code: string | undefined): DivisionNode[] {
  if (!code) return []
  const path: DivisionNode[] = []
  const walk = (nodes: DivisionNode[]): boolean => {
    for (const n of nodes) {
      path.push(n)
      if (n.value === code || (n.children && walk(n.children))) return true
      path.pop()
    }
    return false
  }
  walk(tree)
  return path
}

/**
 * 省 → 市 → 区县 as three native selects: keyboard and screen readers work as they do everywhere.
 * The value is the deepest code chosen; a division without counties stops at the city.
 */
export function DivisionWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, rawErrors } = props
  const tree = useDivisionTree()
  if (!tree) return <input id={id} className="form-control" disabled value="加载行政区划…" />
  const chain = chainOf(tree, typeof value === 'string' ? value : undefined)
  const levels: DivisionNode[][] = [tree]
  for (const n of chain) if (n.children) levels.push(n.children)
  return (
    <fieldset className="division" aria-describedby={ariaDescribedByIds(id)}>
      {levels.slice(0, 3).map((options, i) => (
        <select
          key={LEVELS[i]}
          id={i === 0 ? id : `${id}__${i}`}
          className="form-control"
          aria-label={LEVELS[i]}
          required={required && i === 0}
          disabled={disabled || readonly}
          aria-invalid={rawErrors?.length ? true : undefined}
          value={chain[i]?.value ?? ''}
          onChange={(e) => onChange(e.target.value || chain[i - 1]?.value || undefined)}
          onBlur={() => onBlur(id, value)}
          onFocus={() => onFocus(id, value)}
        >
          <option value="">请选择{LEVELS[i]}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ))}
    </fieldset>
  )
}
