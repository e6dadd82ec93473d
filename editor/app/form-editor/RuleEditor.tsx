/**
 * 显示条件: show this node only when another field has a value. The simple forms (equals, one of,
 * answered, not answered) get a form; other rules (all/any/not) are edited as JSON. The rule is
 * the situations' Rule with `q` a data path of the form (see editor/core/visibility.ts).
 */
import { App, Input, Select, Switch } from 'antd'
import { memo, useDeferredValue, useMemo, useState } from 'react'
import type { Rule } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  allNodes,
  commands as cmd,
  type EditorState,
  isWithin,
  type NodeId,
  pathOf,
  readOptions,
} from '../../core'
import { useStore, useStoreValue } from './store-hooks'

type Op = 'eq' | 'in' | 'answered' | 'unanswered'
type Simple = { q: string; op: Op; value: unknown }

function simpleOf(rule: unknown): Simple | null {
  if (!rule || typeof rule !== 'object') return null
  const r = rule as Record<string, unknown>
  if (typeof r.q !== 'string') return null
  if ('eq' in r) return { q: r.q, op: 'eq', value: r.eq }
  if (Array.isArray(r.in)) return { q: r.q, op: 'in', value: r.in }
  if (typeof r.answered === 'boolean')
    return { q: r.q, op: r.answered ? 'answered' : 'unanswered', value: undefined }
  return null
}

function ruleOf(s: Simple): Rule {
  if (s.op === 'answered') return { q: s.q, answered: true }
  if (s.op === 'unanswered') return { q: s.q, answered: false }
  if (s.op === 'in') return { q: s.q, in: Array.isArray(s.value) ? (s.value as string[]) : [] }
  return { q: s.q, eq: (s.value ?? '') as string | boolean }
}

export const RuleEditor = memo(function RuleEditor({ id, rule }: { id: NodeId; rule: unknown }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const store = useStore()
  const simple = simpleOf(rule)
  const [json, setJson] = useState<string | null>(null)
  const [jsonError, setJsonError] = useState<string | null>(null)
  const set = (r: Rule | null) => store.dispatch(cmd.update(id, { visibleWhen: r }))

  if (rule === undefined)
    return (
      <div className="insp-row">
        <Switch
          aria-label={t('rule.enable')}
          checked={false}
          onChange={() => {
            const fields = ruleFieldsOf(store.state, id)
            // a yes/no question is the usual condition, and 「已填写」 would hold for 否 as well
            const yesNo = fields.find((f) => f.node.schema.type === 'boolean')
            if (yesNo) set({ q: yesNo.path, eq: true })
            else if (fields[0]) set({ q: fields[0].path, answered: true })
            else message.info(t('rule.noFields'))
          }}
        />{' '}
        <span className="insp-sub">{t('rule.always')}</span>
      </div>
    )
  return (
    <RuleForm
      id={id}
      rule={rule as Rule}
      simple={simple}
      json={json}
      setJson={setJson}
      jsonError={jsonError}
      setJsonError={setJsonError}
      set={set}
    />
  )
})

/** The fields a rule may read: leaves elsewhere in the form (not this node or what it holds). */
function ruleFieldsOf(state: EditorState, id: string) {
  return allNodes(state)
    .filter((n) => n.kind === 'field' && n.schema.type !== 'null' && !isWithin(state, n.id, id))
    .map((n) => ({ node: n, path: pathOf(state, n.id) }))
}

function RuleForm({
  id,
  rule,
  simple,
  json,
  setJson,
  jsonError,
  setJsonError,
  set,
}: {
  id: NodeId
  rule: Rule
  simple: Simple | null
  json: string | null
  setJson: (v: string | null) => void
  jsonError: string | null
  setJsonError: (v: string | null) => void
  set: (r: Rule | null) => boolean
}) {
  const { t } = useI18n()
  // the field list follows the form, a little behind typing
  const state = useDeferredValue(useStoreValue((s) => s.h.present))
  const fields = useMemo(() => ruleFieldsOf(state, id), [state, id])

  if (!simple || json !== null) {
    const text = json ?? JSON.stringify(rule, null, 2)
    return (
      <div className="rule-json">
        <Input.TextArea
          aria-label={t('rule.json')}
          className="mono"
          autoSize={{ minRows: 3, maxRows: 10 }}
          value={text}
          onChange={(e) => setJson(e.target.value)}
          onBlur={() => {
            if (json === null) return
            try {
              set(JSON.parse(json) as Rule)
              setJson(null)
              setJsonError(null)
            } catch {
              setJsonError(t('rule.badJson'))
            }
          }}
        />
        {jsonError && <div className="insp-error">{jsonError}</div>}
        <button type="button" className="link-like" onClick={() => set(null)}>
          {t('rule.remove')}
        </button>
      </div>
    )
  }

  const target = fields.find((f) => f.path === simple.q)
  const choices = target
    ? target.node.schema.type === 'boolean'
      ? [
          { value: true, label: '是' },
          { value: false, label: '否' },
        ]
      : readOptions(target.node.schema, target.node.ui).map((o) => ({
          value: o.value,
          label: o.label ?? String(o.value),
        }))
    : []
  const setSimple = (patch: Partial<Simple>) => set(ruleOf({ ...simple, ...patch }))
  return (
    <div className="rule-simple">
      <div className="rule-line">
        <Switch aria-label={t('rule.enable')} checked onChange={() => set(null)} />
        <span>{t('rule.showWhen')}</span>
      </div>
      <Select
        aria-label={t('rule.field')}
        showSearch={{ optionFilterProp: 'label' }}
        value={simple.q}
        status={target ? undefined : 'error'}
        onChange={(q: string) => setSimple({ q, value: undefined })}
        options={fields.map((f) => ({
          value: f.path,
          label: `${typeof f.node.schema.title === 'string' ? f.node.schema.title : f.node.key}（${f.path}）`,
        }))}
        style={{ width: '100%' }}
      />
      <Select<Op>
        aria-label={t('rule.op')}
        value={simple.op}
        onChange={(op) =>
          setSimple({
            op,
            value: op === 'in' ? [] : op === 'eq' ? choices[0]?.value : undefined,
          })
        }
        options={[
          { value: 'eq', label: t('rule.eq') },
          { value: 'in', label: t('rule.in') },
          { value: 'answered', label: t('rule.answered') },
          { value: 'unanswered', label: t('rule.unanswered') },
        ]}
        style={{ width: '100%' }}
      />
      {(simple.op === 'eq' || simple.op === 'in') &&
        (choices.length ? (
          <Select
            aria-label={t('rule.value')}
            mode={simple.op === 'in' ? 'multiple' : undefined}
            value={
              simple.op === 'in'
                ? ((simple.value as unknown[]) ?? []).map((v) => JSON.stringify(v))
                : simple.value === undefined
                  ? undefined
                  : JSON.stringify(simple.value)
            }
            onChange={(v: string | string[]) =>
              setSimple({
                value: Array.isArray(v) ? v.map((x) => JSON.parse(x)) : JSON.parse(v),
              })
            }
            options={choices.map((c) => ({ value: JSON.stringify(c.value), label: c.label }))}
            style={{ width: '100%' }}
          />
        ) : (
          <Input
            aria-label={t('rule.value')}
            value={
              Array.isArray(simple.value)
                ? (simple.value as unknown[]).join(',')
                : String(simple.value ?? '')
            }
            placeholder={simple.op === 'in' ? t('rule.commaList') : ''}
            onChange={(e) =>
              setSimple({
                value:
                  simple.op === 'in'
                    ? e.target.value
                        .split(/[,，]/)
                        .map((x) => x.trim())
                        .filter(Boolean)
                    : e.target.value,
              })
            }
          />
        ))}
      <button
        type="button"
        className="link-like"
        onClick={() => setJson(JSON.stringify(rule, null, 2))}
      >
        {t('rule.editJson')}
      </button>
    </div>
  )
}
