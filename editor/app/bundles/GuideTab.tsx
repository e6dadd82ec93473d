/**
 * 办事指南: every element of the one-time notice, the 办理流程 (一家牵头 → 并联审批 → 限时办结) with
 * its flowchart, the completeness meter (要素完整率) listing what is missing, the defaults from the
 * members (生成默认流程 / 补全默认值) and the printable guide of the last published version.
 */
import { App, Button, Checkbox, Empty, Progress, Select, Space, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useMemo } from 'react'
import type { Guide, GuideStep, Intermediary } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  bundleCommands as cmd,
  fillGuideDefaults,
  type GuideListKey,
  generateProcess,
  guideView,
  memberDepartments,
  memberItems,
  NO_FEE,
  PARALLEL_GROUP,
} from '../../core/bundle'
import { useBundle, useBundleStore, usePresent } from './hooks'
import { NumberInput, TextArea, TextInput } from './inputs'

function Row({
  label,
  k,
  missing,
  children,
}: {
  label: string
  k: keyof Guide
  missing: Set<string>
  children: ReactNode
}) {
  return (
    <div className={`g-row${missing.has(k) ? ' g-missing' : ''}`} data-element={k}>
      <div className="g-label">
        {label}
        {missing.has(k) && <span className="g-missing-dot" title="未填写" />}
      </div>
      <div className="g-value">{children}</div>
    </div>
  )
}

export function GuideTab() {
  const { t } = useI18n()
  const { message } = App.useApp()
  const store = useBundleStore()
  const state = usePresent()
  const info = useBundle((s) => s.info)
  const lead = useBundle((s) => s.leadName())
  const g = state.doc.guide
  const view = useMemo(() => guideView(state), [state])
  const missing = new Set<string>(view.completeness.missing.map((m) => m.key))
  const set = <K extends keyof Guide>(k: K, v: Guide[K] | null) =>
    store.dispatch(cmd.setGuideElement(k, v))
  const str = (k: keyof Guide) => (typeof g[k] === 'string' ? (g[k] as string) : '')
  const text = (k: keyof Guide, area = false) =>
    area ? (
      <TextArea
        aria-label={k}
        value={str(k)}
        onText={(v) => set(k, v === '' ? null : (v as never))}
      />
    ) : (
      <TextInput
        aria-label={k}
        value={str(k)}
        onText={(v) => set(k, v === '' ? null : (v as never))}
      />
    )
  const departments = memberDepartments(memberItems(state))
  const deptOptions = [...new Set([lead, ...departments].filter(Boolean))].map((d) => ({
    value: d,
    label: d,
  }))
  const rate = Math.round(view.completeness.rate * 100)
  const pdf =
    info.latestVersion > 0
      ? `/api/published/${state.doc.slug}/${info.latestVersion}/guide.pdf`
      : null

  return (
    <div className="bundle-pane guide-pane">
      <div className="guide-main">
        <section className="b-card">
          <Typography.Title level={5}>{t('guide.basics')}</Typography.Title>
          <Row label={t('guide.name')} k={'name' as keyof Guide} missing={missing}>
            <span>{state.doc.name}</span>
            <div className="muted b-small">
              {memberItems(state)
                .map((i) => `${i.name}（${i.code}）`)
                .join('；')}
            </div>
          </Row>
          <Row label="实施主体" k="implementer" missing={missing}>
            {text('implementer')}
          </Row>
          <Row label="联办部门" k="jointDepartments" missing={missing}>
            <Select
              mode="tags"
              aria-label="jointDepartments"
              style={{ width: '100%' }}
              value={Array.isArray(g.jointDepartments) ? g.jointDepartments : []}
              onChange={(v: string[]) => set('jointDepartments', v)}
              options={deptOptions}
            />
          </Row>
          <Row label="服务对象" k="targets" missing={missing}>
            {text('targets')}
          </Row>
          <Row label="设定依据" k="basis" missing={missing}>
            <StringList list="basis" values={Array.isArray(g.basis) ? g.basis : []} />
          </Row>
          <Row label="受理条件" k="conditions" missing={missing}>
            {text('conditions', true)}
          </Row>
          <Row label={t('guide.materials')} k={'materials' as keyof Guide} missing={missing}>
            <span className="muted">{t('guide.materialsNote')}</span>
          </Row>
        </section>

        <section className="b-card">
          <div className="b-card-head">
            <Typography.Title level={5}>办理流程</Typography.Title>
            <span className="admin-spacer" />
            <Button
              onClick={() => {
                if (store.dispatch(generateProcess(store.state, lead)))
                  message.success(t('guide.processGenerated'))
              }}
            >
              {t('guide.generateProcess')}
            </Button>
          </div>
          <ProcessEditor
            steps={Array.isArray(g.process) ? g.process : []}
            deptOptions={deptOptions}
          />
          <div className="g-row">
            <div className="g-label">法定/承诺时限</div>
            <div className="g-value">
              <Space wrap>
                <span>{t('guide.legal')}</span>
                <NumberInput
                  aria-label="timeLimit.legal"
                  value={g.timeLimit?.legal}
                  onNumber={(legal) =>
                    set('timeLimit', { legal, promised: g.timeLimit?.promised ?? 0 })
                  }
                />
                <span>{t('guide.promised')}</span>
                <NumberInput
                  aria-label="timeLimit.promised"
                  value={g.timeLimit?.promised}
                  onNumber={(promised) =>
                    set('timeLimit', { legal: g.timeLimit?.legal ?? 0, promised })
                  }
                />
                <span className="muted">{t('cat.workdays')}</span>
              </Space>
            </div>
          </div>
        </section>

        <section className="b-card">
          <Typography.Title level={5}>{t('guide.service')}</Typography.Title>
          <Row label="收费" k="fee" missing={missing}>
            <Space.Compact style={{ width: '100%' }}>
              {text('fee')}
              <Button onClick={() => set('fee', NO_FEE)}>{NO_FEE}</Button>
            </Space.Compact>
          </Row>
          <Row label="办理地点" k="location" missing={missing}>
            {text('location')}
          </Row>
          <Row label="办理时间" k="hours" missing={missing}>
            {text('hours')}
          </Row>
          <Row label="办理窗口" k="window" missing={missing}>
            {text('window')}
          </Row>
          <Row label="网办地址" k="onlineUrl" missing={missing}>
            {text('onlineUrl')}
          </Row>
          <Row label="到现场次数" k="visits" missing={missing}>
            <NumberInput
              aria-label="visits"
              value={g.visits}
              max={10}
              onNumber={(v) => set('visits', v)}
            />
          </Row>
          <Row label="咨询电话" k="consultPhone" missing={missing}>
            {text('consultPhone')}
          </Row>
          <Row label="投诉电话" k="complaintPhone" missing={missing}>
            {text('complaintPhone')}
          </Row>
          <Row label="中介服务清单" k="intermediaries" missing={missing}>
            <Intermediaries list={Array.isArray(g.intermediaries) ? g.intermediaries : undefined} />
          </Row>
          <Row label="结果名称" k="result" missing={missing}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <TextInput
                aria-label="result.name"
                value={g.result?.name ?? ''}
                onText={(name) =>
                  set('result', name === '' && !g.result?.sampleUrl ? null : { ...g.result, name })
                }
              />
              <TextInput
                aria-label="result.sampleUrl"
                placeholder={t('guide.sampleUrl')}
                value={g.result?.sampleUrl ?? ''}
                onText={(sampleUrl) => {
                  const { sampleUrl: _s, ...rest } = g.result ?? { name: '' }
                  set('result', sampleUrl ? { ...rest, sampleUrl } : rest)
                }}
              />
            </Space>
          </Row>
          <Row label="常见问题" k="faq" missing={missing}>
            <Faq list={Array.isArray(g.faq) ? g.faq : []} />
          </Row>
        </section>
      </div>

      <aside className="guide-side">
        <section className="b-card" data-testid="completeness">
          <Typography.Title level={5}>{t('guide.completeness')}</Typography.Title>
          <Progress
            percent={rate}
            status={rate === 100 ? 'success' : 'active'}
            aria-label={t('guide.completeness')}
          />
          {view.completeness.missing.length > 0 ? (
            <>
              <Typography.Paragraph type="secondary" className="b-small">
                {t('guide.missing', { n: view.completeness.missing.length })}
              </Typography.Paragraph>
              <div className="g-missing-list">
                {view.completeness.missing.map((m) => (
                  <Tag color="orange" key={m.key}>
                    {m.title}
                  </Tag>
                ))}
              </div>
            </>
          ) : (
            <Typography.Paragraph type="success">✓ {t('guide.complete')}</Typography.Paragraph>
          )}
          <Space wrap className="b-gap">
            <Button
              type="primary"
              onClick={() => {
                const c = fillGuideDefaults(store.state, lead)
                if (!c) message.info(t('guide.nothingToFill'))
                else if (store.dispatch(c)) message.success(t('guide.filled'))
              }}
            >
              {t('guide.fillDefaults')}
            </Button>
            {pdf ? (
              <a href={pdf} target="_blank" rel="noreferrer">
                {t('guide.pdf', { v: info.latestVersion })}
              </a>
            ) : (
              <Typography.Text type="secondary">{t('guide.noPdf')}</Typography.Text>
            )}
          </Space>
          {view.warnings.length > 0 && (
            <ul className="b-list g-warnings">
              {view.warnings.map((w) => (
                <li key={w.message}>⚠ {w.message}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="b-card" aria-label={t('guide.flowchart')}>
          <div className="b-card-head">
            <Typography.Title level={5}>{t('guide.flowchart')}</Typography.Title>
            {view.days > 0 && <Tag color="blue">{t('guide.days', { n: view.days })}</Tag>}
          </div>
          {view.flow.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('guide.noProcess')} />
          ) : (
            <figure className="b-flow">
              {view.flow.map((row, i) => (
                <div key={row[0]!.n} className="b-flow-block">
                  {i > 0 && (
                    <div className="b-flow-arrow" aria-hidden="true">
                      ↓
                    </div>
                  )}
                  <div className={row.length > 1 ? 'b-flow-par' : ''}>
                    {row.length > 1 && <div className="muted b-small">{t('guide.parallel')}</div>}
                    <div className="b-flow-row">
                      {row.map((s) => (
                        <div className="b-flow-box" key={s.n}>
                          <strong>
                            {s.n}. {s.title}
                          </strong>
                          <div className="muted b-small">
                            {s.department} · {t('guide.days', { n: s.days })}
                          </div>
                        </div>
                      ))}
                    </div>
                  </div>
                </div>
              ))}
            </figure>
          )}
        </section>
      </aside>
    </div>
  )
}

function StringList({ list, values }: { list: GuideListKey; values: string[] }) {
  const { t } = useI18n()
  const store = useBundleStore()
  return (
    <div className="g-list">
      {values.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries are positional
        <div className="g-list-row" key={i}>
          <TextInput
            aria-label={`${list}.${i}`}
            value={v}
            onText={(text) => store.dispatch(cmd.updateGuideEntry(list as 'basis', i, text))}
          />
          <Button
            size="small"
            type="text"
            aria-label={t('delete')}
            onClick={() => store.dispatch(cmd.removeGuideEntry(list, i))}
          >
            ×
          </Button>
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        onClick={() => store.dispatch(cmd.addGuideEntry(list as 'basis', ''))}
      >
        ＋ {t('guide.addEntry')}
      </Button>
    </div>
  )
}

function ProcessEditor({
  steps,
  deptOptions,
}: {
  steps: GuideStep[]
  deptOptions: { value: string; label: string }[]
}) {
  const { t } = useI18n()
  const store = useBundleStore()
  const update = (i: number, patch: Partial<Record<keyof GuideStep, unknown>>) =>
    store.dispatch(cmd.updateGuideEntry('process', i, patch as never))
  return (
    <div className="g-process">
      <div className="g-step g-step-head muted b-small">
        <span>#</span>
        <span>{t('guide.stepTitle')}</span>
        <span>{t('guide.stepDept')}</span>
        <span>{t('guide.stepDays')}</span>
        <span>{t('guide.stepParallel')}</span>
        <span />
      </div>
      {steps.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional
        <div className="g-step" key={i} data-testid="process-step">
          <span className="q-no">{i + 1}</span>
          <TextInput
            aria-label={t('guide.stepTitle')}
            value={s.title}
            onText={(title) => update(i, { title })}
          />
          <Select
            showSearch
            aria-label={t('guide.stepDept')}
            value={s.department}
            onChange={(department: string) => update(i, { department })}
            options={deptOptions}
          />
          <NumberInput
            aria-label={t('guide.stepDays')}
            value={s.days}
            onNumber={(days) => update(i, { days })}
          />
          <Checkbox
            aria-label={t('guide.stepParallel')}
            checked={!!s.parallel}
            onChange={(e) => update(i, { parallel: e.target.checked ? PARALLEL_GROUP : null })}
          />
          <Space size={0}>
            <Button
              size="small"
              type="text"
              aria-label={t('moveUp')}
              disabled={i === 0}
              onClick={() => store.dispatch(cmd.moveGuideEntry('process', i, i - 1))}
            >
              ↑
            </Button>
            <Button
              size="small"
              type="text"
              aria-label={t('moveDown')}
              disabled={i === steps.length - 1}
              onClick={() => store.dispatch(cmd.moveGuideEntry('process', i, i + 1))}
            >
              ↓
            </Button>
            <Button
              size="small"
              type="text"
              aria-label={t('delete')}
              onClick={() => store.dispatch(cmd.removeGuideEntry('process', i))}
            >
              ×
            </Button>
          </Space>
          <TextArea
            aria-label={t('guide.stepDescription')}
            placeholder={t('guide.stepDescription')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            variant="filled"
            className="g-step-desc"
            value={s.description ?? ''}
            onText={(description) => update(i, { description: description || null })}
          />
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        onClick={() =>
          store.dispatch(
            cmd.addGuideEntry('process', {
              title: t('guide.newStep'),
              department: deptOptions[0]?.value ?? '',
              days: 1,
            }),
          )
        }
      >
        ＋ {t('guide.addStep')}
      </Button>
    </div>
  )
}

function Intermediaries({ list }: { list: Intermediary[] | undefined }) {
  const { t } = useI18n()
  const store = useBundleStore()
  if (!list)
    return (
      <Space>
        <Button
          size="small"
          onClick={() => store.dispatch(cmd.setGuideElement('intermediaries', []))}
        >
          {t('guide.noIntermediaries')}
        </Button>
        <Button
          size="small"
          type="dashed"
          onClick={() =>
            store.dispatch(cmd.setGuideElement('intermediaries', [{ name: '', required: false }]))
          }
        >
          ＋ {t('guide.addIntermediary')}
        </Button>
      </Space>
    )
  return (
    <div className="g-list">
      {list.length === 0 && (
        <Typography.Text type="secondary">{t('guide.noneIntermediaries')}</Typography.Text>
      )}
      {list.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries are positional
        <div className="g-intermediary" key={i}>
          <TextInput
            aria-label={t('guide.intermediaryName')}
            placeholder={t('guide.intermediaryName')}
            value={m.name}
            onText={(name) => store.dispatch(cmd.updateGuideEntry('intermediaries', i, { name }))}
          />
          <TextInput
            aria-label={t('guide.intermediaryBasis')}
            placeholder={t('guide.intermediaryBasis')}
            value={m.basis ?? ''}
            onText={(basis) =>
              store.dispatch(cmd.updateGuideEntry('intermediaries', i, { basis: basis || null }))
            }
          />
          <Checkbox
            checked={m.required}
            onChange={(e) =>
              store.dispatch(
                cmd.updateGuideEntry('intermediaries', i, { required: e.target.checked }),
              )
            }
          >
            {t('guide.intermediaryRequired')}
          </Checkbox>
          <Button
            size="small"
            type="text"
            aria-label={t('delete')}
            onClick={() => store.dispatch(cmd.removeGuideEntry('intermediaries', i))}
          >
            ×
          </Button>
          <TextArea
            aria-label={t('guide.intermediaryNote')}
            placeholder={t('guide.intermediaryNote')}
            autoSize={{ minRows: 1, maxRows: 4 }}
            variant="filled"
            className="g-intermediary-note"
            value={m.note ?? ''}
            onText={(note) =>
              store.dispatch(cmd.updateGuideEntry('intermediaries', i, { note: note || null }))
            }
          />
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        onClick={() =>
          store.dispatch(cmd.addGuideEntry('intermediaries', { name: '', required: false }))
        }
      >
        ＋ {t('guide.addIntermediary')}
      </Button>
    </div>
  )
}

function Faq({ list }: { list: { q: string; a: string }[] }) {
  const { t } = useI18n()
  const store = useBundleStore()
  return (
    <div className="g-list">
      {list.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries are positional
        <div className="g-faq" key={i}>
          <TextInput
            aria-label={t('guide.faqQ')}
            placeholder={t('guide.faqQ')}
            value={f.q}
            onText={(q) => store.dispatch(cmd.updateGuideEntry('faq', i, { q }))}
          />
          <TextArea
            aria-label={t('guide.faqA')}
            placeholder={t('guide.faqA')}
            value={f.a}
            onText={(a) => store.dispatch(cmd.updateGuideEntry('faq', i, { a }))}
          />
          <Button
            size="small"
            type="text"
            aria-label={t('delete')}
            onClick={() => store.dispatch(cmd.removeGuideEntry('faq', i))}
          >
            ×
          </Button>
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        onClick={() => store.dispatch(cmd.addGuideEntry('faq', { q: '', a: '' }))}
      >
        ＋ {t('guide.addFaq')}
      </Button>
    </div>
  )
}
