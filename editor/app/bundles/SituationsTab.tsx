/**
 * 情形引导: questions with options and nested follow-ups; the rule that makes each item, section
 * and material apply; the issues publishing would refuse; and the coverage table (every combination
 * of answers → items, materials, field count) with its flags highlighted.
 */
import { Alert, Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd'
import { useDeferredValue, useMemo } from 'react'
import type { Situation } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  answerLabels,
  type CoverageRow,
  bundleCommands as cmd,
  coverageTable,
  memberItems,
  ruleTargets,
  situationIssues,
} from '../../core/bundle'
import { useBundleStore, useMerged, usePresent } from './hooks'
import { TextInput } from './inputs'
import { RuleBuilder } from './RuleBuilder'

const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]

function newId(situations: Situation[]): string {
  const taken = new Set(situations.map((s) => s.id))
  let n = situations.length + 1
  while (taken.has(`q${n}`)) n++
  return `q${n}`
}

export function SituationsTab() {
  const { t } = useI18n()
  const store = useBundleStore()
  const state = usePresent()
  const merged = useMerged()
  const situations = state.doc.situations
  const issues = useMemo(() => situationIssues(state, merged), [state, merged])
  return (
    <div className="bundle-pane">
      <section className="b-card" aria-label={t('sit.questions')}>
        <div className="b-card-head">
          <Typography.Title level={5}>{t('sit.questions')}</Typography.Title>
          <span className="admin-spacer" />
          <Button
            type="primary"
            onClick={() =>
              store.dispatch(
                cmd.addSituation({
                  id: newId(situations),
                  title: t('sit.newTitle'),
                  kind: 'single',
                  options: YES_NO,
                }),
              )
            }
          >
            ＋ {t('sit.add')}
          </Button>
        </div>
        <Typography.Paragraph type="secondary" className="b-small">
          {t('sit.intro')}
        </Typography.Paragraph>
        {situations.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sit.none')} />
        )}
        {situations.map((s, i) => (
          <QuestionCard key={s.id} s={s} index={i} all={situations} />
        ))}
      </section>
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="b-gap"
          title={t('sit.issues', { n: issues.length })}
          description={
            <ul className="b-list">
              {issues.map((x) => (
                <li key={`${x.path}:${x.message}`}>{x.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <RulesCard />
      <CoverageCard />
    </div>
  )
}

function QuestionCard({ s, index, all }: { s: Situation; index: number; all: Situation[] }) {
  const { t } = useI18n()
  const store = useBundleStore()
  const others = all.filter((o) => o.id !== s.id)
  const update = (patch: Parameters<typeof cmd.updateSituation>[1]) =>
    store.dispatch(cmd.updateSituation(s.id, patch))
  return (
    <fieldset
      className={`question${s.when ? ' follow-up' : ''}`}
      data-testid="question"
      aria-label={t('sit.card', { n: index + 1 })}
    >
      <div className="question-head">
        <span className="q-no">{index + 1}</span>
        <TextInput
          aria-label={t('sit.title')}
          className="q-title"
          value={s.title}
          onText={(title) => update({ title })}
        />
        <Input
          aria-label={t('sit.id')}
          className="mono q-id"
          defaultValue={s.id}
          key={s.id}
          onBlur={(e) => {
            const id = e.target.value.trim()
            if (id && id !== s.id && !update({ id })) e.target.value = s.id
          }}
        />
        <Select
          aria-label={t('sit.kind')}
          value={s.kind}
          onChange={(kind) => update({ kind })}
          options={[
            { value: 'single', label: t('sit.single') },
            { value: 'multiple', label: t('sit.multiple') },
          ]}
        />
        <Space size={0}>
          <Button
            size="small"
            type="text"
            aria-label={t('moveUp')}
            disabled={index === 0}
            onClick={() => store.dispatch(cmd.moveSituation(s.id, index - 1))}
          >
            ↑
          </Button>
          <Button
            size="small"
            type="text"
            aria-label={t('moveDown')}
            disabled={index === all.length - 1}
            onClick={() => store.dispatch(cmd.moveSituation(s.id, index + 1))}
          >
            ↓
          </Button>
          <Button
            size="small"
            type="link"
            danger
            onClick={() => store.dispatch(cmd.removeSituation(s.id))}
          >
            {t('delete')}
          </Button>
        </Space>
      </div>
      <TextInput
        aria-label={t('sit.help')}
        placeholder={t('sit.help')}
        value={s.help ?? ''}
        onText={(help) => update({ help: help === '' ? null : help })}
        className="b-gap-sm"
      />
      <div className="q-options">
        {s.options.map((o) => (
          <div className="q-option" key={o.value}>
            <Input
              aria-label={t('sit.optionValue')}
              className="mono q-value"
              defaultValue={o.value}
              key={o.value}
              onBlur={(e) => {
                const value = e.target.value.trim()
                if (value && value !== o.value)
                  if (!store.dispatch(cmd.updateOption(s.id, o.value, { value })))
                    e.target.value = o.value
              }}
            />
            <TextInput
              aria-label={t('sit.optionLabel')}
              value={o.label}
              onText={(label) => store.dispatch(cmd.updateOption(s.id, o.value, { label }))}
            />
            <Button
              size="small"
              type="text"
              aria-label={t('delete')}
              onClick={() => store.dispatch(cmd.removeOption(s.id, o.value))}
            >
              ×
            </Button>
          </div>
        ))}
        <Space>
          <Button
            size="small"
            type="dashed"
            onClick={() => {
              const taken = new Set(s.options.map((o) => o.value))
              let n = s.options.length + 1
              while (taken.has(`o${n}`)) n++
              store.dispatch(
                cmd.addOption(s.id, { value: `o${n}`, label: t('sit.newOption', { n }) }),
              )
            }}
          >
            ＋ {t('sit.addOption')}
          </Button>
          <Button
            size="small"
            type="dashed"
            disabled={s.options.length === 0}
            onClick={() =>
              store.dispatch(
                cmd.addFollowUp(
                  {
                    id: newId(all),
                    title: t('sit.newFollowUp'),
                    kind: 'single',
                    options: YES_NO,
                  },
                  { q: s.id, eq: s.options[0]?.value ?? '' },
                  index + 1,
                ),
              )
            }
          >
            ＋ {t('sit.addFollowUp')}
          </Button>
        </Space>
      </div>
      {(s.when || others.length > 0) && (
        <div className="q-when">
          <span className="q-when-label">{t('sit.when')}</span>
          <RuleBuilder
            rule={s.when}
            situations={others}
            emptyText={t('sit.topLevel')}
            label={t('sit.whenOf', { n: index + 1 })}
            onChange={(when) => update({ when })}
          />
        </div>
      )}
    </fieldset>
  )
}

const TYPE_COLOR = { item: 'blue', section: 'geekblue', material: 'green' } as const

function RulesCard() {
  const { t } = useI18n()
  const store = useBundleStore()
  const state = usePresent()
  const merged = useMerged()
  const targets = useMemo(() => ruleTargets(state, merged), [state, merged])
  return (
    <section className="b-card" aria-label={t('sit.rules')}>
      <Typography.Title level={5}>{t('sit.rules')}</Typography.Title>
      <Typography.Paragraph type="secondary" className="b-small">
        {t('sit.rulesIntro')}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey={(r) => `${r.target.type}:${r.target.id}`}
        dataSource={targets}
        columns={[
          {
            title: t('sit.target'),
            width: 320,
            render: (_, r) => (
              <div data-target={`${r.target.type}:${r.target.id}`}>
                <Tag color={TYPE_COLOR[r.target.type]}>{t(`sit.type.${r.target.type}`)}</Tag>
                {r.title}
                <div className="muted b-small">{r.note}</div>
              </div>
            ),
          },
          {
            title: t('sit.rule'),
            render: (_, r) => (
              <RuleBuilder
                rule={r.rule}
                situations={state.doc.situations}
                label={t('sit.ruleOf', { type: t(`sit.type.${r.target.type}`), title: r.title })}
                onChange={(when) => store.dispatch(cmd.setRule(r.target, when))}
              />
            ),
          },
        ]}
      />
    </section>
  )
}

function CoverageCard() {
  const { t } = useI18n()
  const state = useDeferredValue(usePresent())
  const merged = useMerged()
  const table = useMemo(() => coverageTable(state, merged, 256), [state, merged])
  const items = memberItems(state)
  const nameOf = new Map(items.map((i) => [i.code, i.name]))
  const materialName = new Map(merged.materials.map((m) => [m.key, m.name]))
  const flagged = table.rows.filter((r) => r.flags.length > 0).length
  const targetName = (type: string, id: string) =>
    type === 'item'
      ? (nameOf.get(id) ?? id)
      : type === 'material'
        ? (materialName.get(id) ?? id)
        : (((merged.schema.properties?.[id] as { title?: string } | undefined)?.title ??
            id) as string)
  return (
    <section className="b-card" aria-label={t('cov.title')} data-testid="coverage">
      <div className="b-card-head">
        <Typography.Title level={5}>{t('cov.title')}</Typography.Title>
        <Tag>{t('cov.rows', { n: table.rows.length })}</Tag>
        {flagged > 0 ? (
          <Tag color="red">{t('cov.flagged', { n: flagged })}</Tag>
        ) : (
          <Tag color="green">{t('cov.clean')}</Tag>
        )}
        {table.truncated && <Tag color="orange">{t('cov.truncated')}</Tag>}
      </div>
      {table.never.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="b-gap"
          title={t('cov.never')}
          description={table.never
            .map((n) => `${t(`sit.type.${n.type}`)}「${targetName(n.type, n.id)}」`)
            .join('、')}
        />
      )}
      <Table<CoverageRow>
        size="small"
        rowKey={(r) => JSON.stringify(r.answers)}
        pagination={table.rows.length > 20 ? { pageSize: 20 } : false}
        dataSource={table.rows}
        rowClassName={(r) => (r.flags.length ? 'cov-flagged' : '')}
        columns={[
          {
            title: t('cov.answers'),
            width: 280,
            render: (_, r) =>
              answerLabels(state.doc.situations, r.answers).map((a) => (
                <div key={a.question} className="b-small">
                  {a.question}：<strong>{a.answer}</strong>
                </div>
              )),
          },
          {
            title: t('cov.items'),
            render: (_, r) =>
              r.items.length ? (
                r.items.map((c) => <Tag key={c}>{nameOf.get(c) ?? c}</Tag>)
              ) : (
                <span className="muted">—</span>
              ),
          },
          { title: t('cov.materials'), width: 80, render: (_, r) => r.materials.length },
          { title: t('cov.fields'), width: 80, dataIndex: 'fields' },
          {
            title: t('cov.flags'),
            width: 300,
            render: (_, r) =>
              r.flags.map((f) => (
                <Tag color="red" key={`${f.code}:${f.target?.id ?? ''}`} className="cov-flag">
                  {f.message}
                </Tag>
              )),
          },
        ]}
      />
    </section>
  )
}
