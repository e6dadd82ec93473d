/**
 * A small builder for the situations' Rule: 等于 (eq) / 属于 (in) / 已回答 (answered) over one
 * question's answer, and 全部满足 (all) / 任一满足 (any) / 不满足 (not) over nested rules.
 */
import { Button, Select, Space, Typography } from 'antd'
import type { Rule, Situation } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'

type Kind = 'eq' | 'in' | 'answered' | 'all' | 'any' | 'not'

const kindOf = (r: Rule): Kind =>
  'all' in r
    ? 'all'
    : 'any' in r
      ? 'any'
      : 'not' in r
        ? 'not'
        : 'in' in r
          ? 'in'
          : 'eq' in r
            ? 'eq'
            : 'answered'

const firstLeaf = (r: Rule): Rule | undefined => {
  const k = kindOf(r)
  if (k === 'all') return (r as { all: Rule[] }).all.map(firstLeaf).find(Boolean)
  if (k === 'any') return (r as { any: Rule[] }).any.map(firstLeaf).find(Boolean)
  if (k === 'not') return firstLeaf((r as { not: Rule }).not)
  return r
}

export function defaultLeaf(situations: Situation[]): Rule | null {
  const q = situations[0]
  if (!q) return null
  return { q: q.id, eq: q.options[0]?.value ?? '' }
}

/** A rule in words: 「是否政府投资项目」为「是」且 … */
export function ruleText(rule: Rule | undefined, situations: Situation[]): string {
  if (!rule) return '始终适用'
  const title = (id: string) => situations.find((s) => s.id === id)?.title ?? id
  const label = (id: string, v: unknown) =>
    situations.find((s) => s.id === id)?.options.find((o) => o.value === v)?.label ?? String(v)
  switch (kindOf(rule)) {
    case 'all':
      return (rule as { all: Rule[] }).all.map((r) => ruleText(r, situations)).join(' 且 ')
    case 'any':
      return `（${(rule as { any: Rule[] }).any.map((r) => ruleText(r, situations)).join(' 或 ')}）`
    case 'not':
      return `非（${ruleText((rule as { not: Rule }).not, situations)}）`
    case 'in': {
      const r = rule as { q: string; in: unknown[] }
      return `「${title(r.q)}」为 ${r.in.map((v) => `「${label(r.q, v)}」`).join('、')} 之一`
    }
    case 'eq': {
      const r = rule as { q: string; eq: unknown }
      return `「${title(r.q)}」为「${label(r.q, r.eq)}」`
    }
    default: {
      const r = rule as { q: string; answered: boolean }
      return `「${title(r.q)}」${r.answered ? '已回答' : '未回答'}`
    }
  }
}

export function RuleBuilder({
  rule,
  situations,
  onChange,
  emptyText,
  label,
}: {
  rule: Rule | undefined
  situations: Situation[]
  onChange: (rule: Rule | null) => void
  emptyText?: string
  /** names the builder for assistive technology: its selects alone are only 问题 / 答案 */
  label?: string
}) {
  const { t } = useI18n()
  const group = label ? { role: 'group', 'aria-label': label } : {}
  if (!rule)
    return (
      <Space size="small" className="rule-empty" {...group}>
        <Typography.Text type="secondary">{emptyText ?? t('brule.always')}</Typography.Text>
        <Button
          size="small"
          disabled={situations.length === 0}
          onClick={() => {
            const leaf = defaultLeaf(situations)
            if (leaf) onChange(leaf)
          }}
        >
          ＋ {t('brule.set')}
        </Button>
      </Space>
    )
  return (
    <div className="rule-builder" {...group}>
      <RuleNode rule={rule} situations={situations} onChange={onChange} />
      <Button size="small" type="link" onClick={() => onChange(null)}>
        {t('brule.clear')}
      </Button>
    </div>
  )
}

function RuleNode({
  rule,
  situations,
  onChange,
  onRemove,
}: {
  rule: Rule
  situations: Situation[]
  onChange: (r: Rule) => void
  onRemove?: () => void
}) {
  const { t } = useI18n()
  const kind = kindOf(rule)
  const setKind = (k: Kind) => {
    if (k === kind) return
    const leaf = firstLeaf(rule) ?? defaultLeaf(situations)
    if (!leaf) return
    const l = leaf as { q: string; eq?: unknown; in?: unknown[] }
    const q = situations.find((s) => s.id === l.q)
    const value = l.eq ?? l.in?.[0] ?? q?.options[0]?.value ?? ''
    if (k === 'all' || k === 'any') {
      const kids =
        kind === 'all' || kind === 'any' ? (rule as { all?: Rule[]; any?: Rule[] })[kind]! : [rule]
      onChange(k === 'all' ? { all: kids } : { any: kids })
    } else if (k === 'not') onChange({ not: rule })
    else if (k === 'eq') onChange({ q: l.q, eq: value as string })
    else if (k === 'in') onChange({ q: l.q, in: [value as string] })
    else onChange({ q: l.q, answered: true })
  }
  const kindSelect = (
    <Select<Kind>
      size="small"
      aria-label={t('brule.kind')}
      value={kind}
      onChange={setKind}
      popupMatchSelectWidth={false}
      className="rule-kind"
      options={(['eq', 'in', 'answered', 'all', 'any', 'not'] as Kind[]).map((k) => ({
        value: k,
        label: t(`brule.${k}`),
      }))}
    />
  )
  const remove = onRemove && (
    <Button size="small" type="text" aria-label={t('delete')} onClick={onRemove}>
      ×
    </Button>
  )
  if (kind === 'all' || kind === 'any') {
    const kids = (rule as Record<string, Rule[]>)[kind]!
    const set = (list: Rule[]) => onChange(kind === 'all' ? { all: list } : { any: list })
    return (
      <div className="rule-group">
        <div className="rule-line">
          {kindSelect}
          {remove}
        </div>
        <div className="rule-kids">
          {kids.map((r, i) => (
            <RuleNode
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity
              key={i}
              rule={r}
              situations={situations}
              onChange={(n) => set(kids.map((x, j) => (j === i ? n : x)))}
              onRemove={() => set(kids.filter((_, j) => j !== i))}
            />
          ))}
          <Button
            size="small"
            type="dashed"
            onClick={() => {
              const leaf = defaultLeaf(situations)
              if (leaf) set([...kids, leaf])
            }}
          >
            ＋ {t('brule.addCondition')}
          </Button>
        </div>
      </div>
    )
  }
  if (kind === 'not')
    return (
      <div className="rule-group">
        <div className="rule-line">
          {kindSelect}
          {remove}
        </div>
        <div className="rule-kids">
          <RuleNode
            rule={(rule as { not: Rule }).not}
            situations={situations}
            onChange={(n) => onChange({ not: n })}
          />
        </div>
      </div>
    )
  const leaf = rule as {
    q: string
    eq?: string | boolean
    in?: (string | boolean)[]
    answered?: boolean
  }
  const question = situations.find((s) => s.id === leaf.q)
  const options = (question?.options ?? []).map((o) => ({ value: o.value, label: o.label }))
  const setQuestion = (q: string) => {
    const first = situations.find((s) => s.id === q)?.options[0]?.value ?? ''
    if (kind === 'eq') onChange({ q, eq: first })
    else if (kind === 'in') onChange({ q, in: [first] })
    else onChange({ q, answered: leaf.answered ?? true })
  }
  return (
    <div className="rule-line">
      {kindSelect}
      <Select
        size="small"
        aria-label={t('brule.question')}
        value={leaf.q}
        onChange={setQuestion}
        status={question ? undefined : 'error'}
        popupMatchSelectWidth={false}
        className="rule-question"
        options={situations.map((s) => ({ value: s.id, label: s.title || s.id }))}
      />
      {kind === 'eq' && (
        <Select
          size="small"
          aria-label={t('brule.value')}
          value={leaf.eq as string}
          onChange={(v: string) => onChange({ q: leaf.q, eq: v })}
          popupMatchSelectWidth={false}
          className="rule-value"
          options={options}
        />
      )}
      {kind === 'in' && (
        <Select
          size="small"
          mode="multiple"
          aria-label={t('brule.value')}
          value={leaf.in as string[]}
          onChange={(v: string[]) => onChange({ q: leaf.q, in: v })}
          className="rule-value"
          options={options}
        />
      )}
      {kind === 'answered' && (
        <Select
          size="small"
          aria-label={t('brule.value')}
          value={leaf.answered ? 'yes' : 'no'}
          onChange={(v: string) => onChange({ q: leaf.q, answered: v === 'yes' })}
          className="rule-value"
          options={[
            { value: 'yes', label: t('brule.isAnswered') },
            { value: 'no', label: t('brule.notAnswered') },
          ]}
        />
      )}
      {remove}
    </div>
  )
}
