/**
 * 材料: the merged 一套材料 — each material once, with the items (and their own entries) that need
 * it, 免提交 when the e-license library holds it, the rule that makes it apply, and the lead
 * department's overrides (name, form, copies, requirement, note), each reversible.
 */
import { Alert, Button, Select, Table, Tag, Tooltip, Typography } from 'antd'
import { useMemo } from 'react'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  bundleCommands as cmd,
  type MaterialView,
  materialsOf,
  staleMaterialOverrides,
} from '../../core/bundle'
import { useBundleStore, useMerged, usePresent } from './hooks'
import { NumberInput, TextInput } from './inputs'
import { RuleBuilder, ruleText } from './RuleBuilder'

export function MaterialsTab() {
  const { t } = useI18n()
  const store = useBundleStore()
  const state = usePresent()
  const merged = useMerged()
  const list = useMemo(() => materialsOf(state, merged), [state, merged])
  const stale = useMemo(() => staleMaterialOverrides(state, merged), [state, merged])
  const situations = state.doc.situations
  const mark = (m: MaterialView, key: keyof MaterialView) =>
    m.overridden.includes(key as never) ? 'mat-overridden' : undefined
  return (
    <div className="bundle-pane">
      <section className="b-card">
        <div className="b-card-head">
          <Typography.Title level={5}>{t('bmat.title')}</Typography.Title>
          <Tag>{t('bmat.count', { n: list.length })}</Tag>
          <Tag color="green">
            {t('bmat.exemptCount', { n: list.filter((m) => m.exempt).length })}
          </Tag>
        </div>
        <Typography.Paragraph type="secondary" className="b-small">
          {t('bmat.intro')}
        </Typography.Paragraph>
        {stale.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="b-gap"
            title={t('bmat.stale', { list: stale.join('、') })}
          />
        )}
        <Table<MaterialView>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={list}
          expandable={{
            expandedRowRender: (m) => (
              <div className="mat-detail">
                <div>
                  <strong>{t('bmat.sources')}</strong>
                  <ul className="b-list">
                    {m.sources.map((s) => (
                      <li key={s.item}>
                        {s.itemName} · {s.department}：{s.material.name}（
                        {t(`bmat.form.${s.material.form}`)} {s.material.copies}{' '}
                        {t('bmat.copiesUnit')}，{t(`bmat.req.${s.material.requirement}`)}）
                      </li>
                    ))}
                  </ul>
                </div>
                <div className="b-field">
                  <span>{t('bmat.note')}</span>
                  <TextInput
                    aria-label={t('bmat.note')}
                    value={m.note ?? ''}
                    onText={(note) =>
                      store.dispatch(cmd.setMaterial(m.key, { note: note === '' ? null : note }))
                    }
                  />
                </div>
                <div className="b-field">
                  <span>{t('bmat.rule')}</span>
                  <RuleBuilder
                    rule={m.rule}
                    situations={situations}
                    label={t('sit.ruleOf', { type: t('sit.type.material'), title: m.name })}
                    onChange={(when) =>
                      store.dispatch(cmd.setRule({ type: 'material', id: m.key }, when))
                    }
                  />
                </div>
              </div>
            ),
          }}
          columns={[
            {
              title: t('bmat.name'),
              render: (_, m) => (
                <TextInput
                  aria-label={t('bmat.name')}
                  className={mark(m, 'name')}
                  value={m.name}
                  onText={(name) => store.dispatch(cmd.setMaterial(m.key, { name }))}
                />
              ),
            },
            {
              title: t('bmat.formCol'),
              width: 110,
              render: (_, m) => (
                <Select
                  size="small"
                  aria-label={t('bmat.formCol')}
                  className={mark(m, 'form')}
                  value={m.form}
                  onChange={(form) => store.dispatch(cmd.setMaterial(m.key, { form }))}
                  options={(['original', 'copy', 'electronic'] as const).map((f) => ({
                    value: f,
                    label: t(`bmat.form.${f}`),
                  }))}
                />
              ),
            },
            {
              title: t('bmat.copies'),
              width: 80,
              render: (_, m) => (
                <NumberInput
                  size="small"
                  aria-label={t('bmat.copies')}
                  className={mark(m, 'copies')}
                  value={m.copies}
                  min={0}
                  max={99}
                  onNumber={(copies) => store.dispatch(cmd.setMaterial(m.key, { copies }))}
                />
              ),
            },
            {
              title: t('bmat.requirement'),
              width: 120,
              render: (_, m) => (
                <Select
                  size="small"
                  aria-label={t('bmat.requirement')}
                  className={mark(m, 'requirement')}
                  value={m.requirement}
                  onChange={(requirement) =>
                    store.dispatch(cmd.setMaterial(m.key, { requirement }))
                  }
                  options={(['required', 'tolerated', 'conditional'] as const).map((r) => ({
                    value: r,
                    label: t(`bmat.req.${r}`),
                  }))}
                />
              ),
            },
            {
              title: t('bmat.items'),
              width: 220,
              render: (_, m) =>
                m.sources.map((s) => (
                  <Tooltip key={s.item} title={s.department}>
                    <Tag>{s.itemName}</Tag>
                  </Tooltip>
                )),
            },
            {
              title: t('bmat.exempt'),
              width: 110,
              render: (_, m) =>
                m.exempt ? (
                  <Tooltip title={m.eLicense}>
                    <Tag color="green">{t('bmat.exemptTag')}</Tag>
                  </Tooltip>
                ) : m.eLicense ? (
                  <Tag>{m.eLicense}</Tag>
                ) : null,
            },
            {
              title: t('bmat.rule'),
              width: 200,
              render: (_, m) => (
                <span className="b-small">
                  {m.rule ? ruleText(m.rule, situations) : t('brule.always')}
                </span>
              ),
            },
            {
              title: '',
              width: 80,
              render: (_, m) =>
                m.overridden.length > 0 && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => store.dispatch(cmd.resetMaterial(m.key))}
                  >
                    {t('merged.reset')}
                  </Button>
                ),
            },
          ]}
        />
      </section>
    </div>
  )
}
