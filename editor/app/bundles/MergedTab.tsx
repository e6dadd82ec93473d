/**
 * 一张表: the merged form's sections and fields with the items and departments that use each; the
 * suggestion list (accept / reject / pick another element / create a proposed element); the
 * conflict list with each member's constraint and the actions that resolve it; section titles and
 * order (overrides); and the applicant's view of the merged form.
 */
import { App, Badge, Button, Empty, Segmented, Space, Spin, Tag, Tooltip, Typography } from 'antd'
import { lazy, memo, Suspense, useMemo, useState } from 'react'
import type { Element, Suggestion } from '../../../runtime/core/types'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  acceptProposed,
  type BundleCommand,
  type ConflictView,
  bundleCommands as cmd,
  conflictsOf,
  type FieldUser,
  type MergedSection,
  proposalGroups,
  proposedElement,
  type SuggestionView,
  sectionsOf,
  suggestionsOf,
  tryCommand,
} from '../../core/bundle'
import { ElementPicker, type PickTarget } from './ElementPicker'
import { useBundle, useBundleStore, useMerged, usePresent } from './hooks'
import { TextInput } from './inputs'

/** rjsf, ajv and the applicant theme load when the applicant view is first shown. */
const MergedPreview = lazy(() =>
  import('./MergedPreview').then((m) => ({ default: m.MergedPreview })),
)

type View = 'structure' | 'applicant'

export function MergedTab() {
  const { t } = useI18n()
  const [view, setView] = useState<View>('structure')
  const [pick, setPick] = useState<PickTarget | null>(null)
  const merged = useMerged()
  return (
    <div className="bundle-pane merged-pane">
      <div className="merged-main">
        <div className="b-card-head">
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'structure', label: t('merged.structure') },
              { value: 'applicant', label: t('merged.applicant') },
            ]}
          />
          <Typography.Text type="secondary">
            {t('merged.summary', {
              sections: Object.keys(merged.schema.properties ?? {}).length,
              fields: merged.mapping.length,
            })}
          </Typography.Text>
        </div>
        {view === 'structure' ? (
          <Sections onPick={setPick} />
        ) : (
          <Suspense fallback={<Spin />}>
            <MergedPreview schema={merged.schema} uiSchema={merged.uiSchema} />
          </Suspense>
        )}
      </div>
      <aside className="merged-side">
        <Suggestions onPick={setPick} />
        <Conflicts onPick={setPick} />
      </aside>
      <ElementPicker target={pick} onClose={() => setPick(null)} />
    </div>
  )
}

const BINDING_COLOR: Record<FieldUser['binding'], string> = {
  bundle: 'blue',
  own: 'default',
  unbound: 'orange',
  none: 'default',
}

function Sections({ onPick }: { onPick: (p: PickTarget) => void }) {
  const state = usePresent()
  const merged = useMerged()
  const sections = useMemo(() => sectionsOf(state, merged), [state, merged])
  const keys = useMemo(() => sections.map((s) => s.key), [sections])
  return (
    <div className="merged-sections">
      {sections.map((s, i) => (
        <SectionCard key={s.key} section={s} index={i} keys={keys} onPick={onPick} />
      ))}
    </div>
  )
}

const SectionCard = memo(function SectionCard({
  section: s,
  index,
  keys,
  onPick,
}: {
  section: MergedSection
  index: number
  keys: string[]
  onPick: (p: PickTarget) => void
}) {
  const { t } = useI18n()
  const store = useBundleStore()
  return (
    <section className="b-card m-section" data-section={s.key}>
      <div className="b-card-head">
        <Tag color={s.kind === 'common' ? 'geekblue' : 'default'}>
          {s.kind === 'common' ? t('merged.common') : t('merged.itemSection')}
        </Tag>
        <TextInput
          aria-label={t('merged.sectionTitle')}
          className="m-section-title"
          value={s.override?.title ?? ''}
          placeholder={s.title}
          onText={(v) => store.dispatch(cmd.setSectionTitle(s.key, v === '' ? null : v))}
        />
        {s.rule && <Tag color="purple">{t('merged.conditional')}</Tag>}
        <span className="admin-spacer" />
        <Space size={0}>
          <Button
            size="small"
            type="text"
            aria-label={t('moveUp')}
            disabled={index === 0}
            onClick={() => store.dispatch(cmd.moveSection(keys, s.key, index - 1))}
          >
            ↑
          </Button>
          <Button
            size="small"
            type="text"
            aria-label={t('moveDown')}
            disabled={index === keys.length - 1}
            onClick={() => store.dispatch(cmd.moveSection(keys, s.key, index + 1))}
          >
            ↓
          </Button>
          {s.override && (
            <Button
              size="small"
              type="link"
              onClick={() => store.dispatch(cmd.resetSection(s.key))}
            >
              {t('merged.reset')}
            </Button>
          )}
        </Space>
      </div>
      <table className="m-fields">
        <tbody>
          {s.fields.map((f) => (
            <tr key={f.path}>
              <td className="m-field">
                <div>
                  {f.title}
                  {f.required && <span className="m-req">*</span>}
                </div>
                <code className="diff-path">{f.path}</code>
              </td>
              <td className="m-element">
                {f.element ? <Tag color="blue">{f.element}</Tag> : null}
              </td>
              <td className="m-users">
                {f.users.map((u) => (
                  <div key={`${u.item}:${u.path}`} className="m-user">
                    <Tooltip title={`${u.item} · ${u.path}`}>
                      <span className="m-user-name">
                        {u.itemName}
                        <span className="muted"> · {u.department}</span>
                      </span>
                    </Tooltip>
                    <span>
                      {u.binding !== 'none' && (
                        <Tag color={BINDING_COLOR[u.binding]} className="m-binding">
                          {t(`binding.${u.binding}`)}
                        </Tag>
                      )}
                    </span>
                    <span className="m-user-actions">
                      <Button
                        size="small"
                        type="link"
                        onClick={() =>
                          onPick({
                            item: u.item,
                            path: u.path,
                            title: u.title,
                            itemName: u.itemName,
                          })
                        }
                      >
                        {t('merged.bind')}
                      </Button>
                      {u.binding === 'bundle' && (
                        <Button
                          size="small"
                          type="link"
                          onClick={() => store.dispatch(cmd.clearBinding(u.item, u.path))}
                        >
                          {t('merged.clearBinding')}
                        </Button>
                      )}
                    </span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
    </section>
  )
})

function Suggestions({ onPick }: { onPick: (p: PickTarget) => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const store = useBundleStore()
  const state = usePresent()
  const merged = useMerged()
  const elements = useBundle((s) => s.elements)
  const list = useMemo(() => suggestionsOf(state, merged, elements), [state, merged, elements])
  const groups = useMemo(() => proposalGroups(merged), [merged])
  const [busy, setBusy] = useState<string>()

  const createProposed = async (s: Suggestion) => {
    const group = groups.find((g) => g.fields.some((f) => f.item === s.item && f.path === s.path))
    if (!group) return
    setBusy(group.title)
    try {
      const draft = proposedElement(store.state, store.merged(), group, store.elements)
      const created = await api<Element>('/api/elements', { body: draft })
      store.addElement(created)
      if (store.dispatch(acceptProposed(group, created.id)))
        message.success(t('suggest.created', { title: created.title, n: group.fields.length }))
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e))
    } finally {
      setBusy(undefined)
    }
  }

  const acceptAll = () => {
    for (const s of suggestionsOf(store.state, store.merged(), store.elements))
      if (s.accept && s.suggestion.confidence >= 0.8) store.dispatch(s.accept)
  }

  return (
    <section className="b-card" aria-label={t('suggest.title')}>
      <div className="b-card-head">
        <Typography.Title level={5}>
          {t('suggest.title')} <Badge count={list.length} color="blue" showZero />
        </Typography.Title>
        <span className="admin-spacer" />
        {list.some((s) => s.accept && s.suggestion.confidence >= 0.8) && (
          <Button size="small" onClick={acceptAll}>
            {t('suggest.acceptSure')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary" className="b-small">
        {t('suggest.intro')}
      </Typography.Paragraph>
      {list.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('suggest.none')} />
      )}
      {list.map((s) => (
        <SuggestionRow
          key={s.key}
          s={s}
          busy={busy !== undefined && s.proposed && s.elementTitle === busy}
          onAccept={(c) => store.dispatch(c)}
          onCreate={() => void createProposed(s.suggestion)}
          onPick={onPick}
        />
      ))}
    </section>
  )
}

function SuggestionRow({
  s,
  busy,
  onAccept,
  onCreate,
  onPick,
}: {
  s: SuggestionView
  busy: boolean
  onAccept: (c: BundleCommand) => void
  onCreate: () => void
  onPick: (p: PickTarget) => void
}) {
  const { t } = useI18n()
  return (
    <div className="sugg" data-testid="suggestion">
      <div>
        <strong>{s.fieldTitle}</strong>
        <span className="muted">
          {' '}
          · {s.itemName} · {s.department}
        </span>
      </div>
      <div className="sugg-to">
        → {s.proposed ? t('suggest.new') : t('suggest.element')}{' '}
        <Tag color={s.proposed ? 'gold' : 'blue'}>{s.elementTitle}</Tag>
        <span className="muted">{Math.round(s.suggestion.confidence * 100)}%</span>
      </div>
      <Space size={4} wrap>
        {s.accept ? (
          <Button size="small" type="primary" onClick={() => onAccept(s.accept!)}>
            {t('suggest.accept')}
          </Button>
        ) : (
          <Button size="small" type="primary" loading={busy} onClick={onCreate}>
            {t('suggest.createAccept')}
          </Button>
        )}
        <Button size="small" onClick={() => onAccept(s.reject)}>
          {t('suggest.reject')}
        </Button>
        <Button
          size="small"
          type="link"
          onClick={() =>
            onPick({
              item: s.suggestion.item,
              path: s.suggestion.path,
              title: s.fieldTitle,
              itemName: s.itemName,
            })
          }
        >
          {t('suggest.other')}
        </Button>
      </Space>
    </div>
  )
}

function Conflicts({ onPick }: { onPick: (p: PickTarget) => void }) {
  const { t } = useI18n()
  const state = usePresent()
  const merged = useMerged()
  const elements = useBundle((s) => s.elements)
  const list = useMemo(() => conflictsOf(state, merged, elements), [state, merged, elements])
  return (
    <section className="b-card" aria-label={t('conflicts.title')}>
      <Typography.Title level={5}>
        {t('conflicts.title')}{' '}
        <Badge count={list.length} showZero color={list.length ? 'red' : 'green'} />
      </Typography.Title>
      {list.length === 0 ? (
        <Typography.Paragraph type="success" className="b-small">
          ✓ {t('conflicts.none')}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary" className="b-small">
          {t('conflicts.intro')}
        </Typography.Paragraph>
      )}
      {list.map((c) => (
        <ConflictCard key={c.key} c={c} onPick={onPick} />
      ))}
    </section>
  )
}

function ConflictCard({ c, onPick }: { c: ConflictView; onPick: (p: PickTarget) => void }) {
  const { t } = useI18n()
  const store = useBundleStore()
  const state = usePresent()
  const merger = useBundle((s) => s.trialMerger)
  // whether each action resolves the conflict, and what it brings (one trial merge per action)
  const trials = useMemo(
    () => c.actions.map((a) => tryCommand(state, a.command, merger, c.conflict)),
    [c, state, merger],
  )
  return (
    <div className="conflict" data-testid="conflict">
      <div className="conflict-head">
        <Tag color="red">{c.kindLabel}</Tag>
        <strong>{c.elementTitle}</strong> <code className="item-code">{c.conflict.element}</code>
      </div>
      <div className="conflict-detail">{c.detail}</div>
      <table className="conflict-members">
        <tbody>
          {c.members.map((m) => (
            <tr key={`${m.item}:${m.path}`}>
              <td>
                {m.item ? (
                  <>
                    {m.itemName}
                    <div className="muted">
                      {m.department} · {m.fieldTitle}
                    </div>
                  </>
                ) : (
                  <span className="muted">{t('conflicts.dictionary')}</span>
                )}
              </td>
              <td>
                <code className="conflict-constraint">
                  {typeof m.constraint === 'string' ? m.constraint : JSON.stringify(m.constraint)}
                </code>
              </td>
              <td>
                {m.item && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() =>
                      onPick({
                        item: m.item,
                        path: m.path,
                        title: m.fieldTitle,
                        itemName: m.itemName,
                      })
                    }
                  >
                    {t('conflicts.rebindPick')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.needsDepartment && (
        <Typography.Paragraph type="warning" className="b-small">
          {t('conflicts.needsDepartment')}
        </Typography.Paragraph>
      )}
      <div className="conflict-actions">
        {c.actions.map((a, i) => {
          const trial = trials[i]
          const resolves = trial?.resolves && !trial.error
          return (
            <Tooltip
              key={`${a.kind}:${a.item}:${a.path}:${a.element ?? ''}`}
              title={
                trial?.error ??
                (resolves
                  ? trial.added.length
                    ? t('conflicts.resolvesBut', { n: trial.added.length })
                    : t('conflicts.resolves')
                  : t('conflicts.notResolves'))
              }
            >
              <Button
                size="small"
                type={resolves && !trial.added.length ? 'primary' : 'default'}
                danger={a.kind === 'removeMember'}
                onClick={() => store.dispatch(a.command)}
              >
                {resolves ? '✓ ' : ''}
                {a.label}
              </Button>
            </Tooltip>
          )
        })}
      </div>
    </div>
  )
}
