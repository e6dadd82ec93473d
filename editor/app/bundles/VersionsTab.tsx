/** 版本历史 of the 一件事: the change notes, the diff to the version before, and each version's guide PDF. */
import { Button, Empty, Modal, Spin, Table, Tabs, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { BundleDiff } from '../../../runtime/core/diff'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { dateTime } from '../format'
import { DiffTable } from '../item/DiffTable'
import type { VersionRow } from '../types'
import { useBundle } from './hooks'

const PARTS: [keyof BundleDiff, string][] = [
  ['fields', 'bpublish.fields'],
  ['materials', 'btab.materials'],
  ['guide', 'btab.guide'],
  ['situations', 'btab.situations'],
  ['rules', 'sit.rules'],
  ['items', 'bundle.members'],
]

export function BundleVersions({ reload }: { reload: number }) {
  const { t, locale } = useI18n()
  const id = useBundle((s) => s.info.id)
  const slug = useBundle((s) => s.h.present.doc.slug)
  const [rows, setRows] = useState<VersionRow[]>()
  const [error, setError] = useState<string>()
  const [diff, setDiff] = useState<{ from: number; to: number; diff?: BundleDiff } | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload asks for a fresh list
  useEffect(() => {
    let live = true
    api<VersionRow[]>(`/api/bundles/${id}/versions`).then(
      (r) => live && setRows(r),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [id, reload])
  const show = (from: number, to: number) => {
    setDiff({ from, to })
    api<BundleDiff>(`/api/bundles/${id}/diff?from=${from}&to=${to}`).then(
      (d) => setDiff({ from, to, diff: d }),
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    )
  }
  if (error) return <Typography.Text type="danger">{error}</Typography.Text>
  return (
    <div className="bundle-pane">
      <section className="b-card">
        <Table<VersionRow>
          rowKey="version"
          loading={!rows}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <Empty description={t('versions.none')} /> }}
          columns={[
            {
              title: t('versions.version'),
              dataIndex: 'version',
              width: 80,
              render: (v) => `v${v}`,
            },
            {
              title: t('versions.at'),
              dataIndex: 'publishedAt',
              width: 190,
              render: (d: string) => dateTime(d, locale),
            },
            { title: t('versions.by'), dataIndex: 'publishedBy', width: 140 },
            { title: t('versions.note'), dataIndex: 'note' },
            {
              title: '',
              width: 300,
              render: (_, r) => (
                <>
                  <a
                    href={`/api/published/${slug}/${r.version}/guide.pdf`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('versions.guidePdf')}
                  </a>
                  {r.version > 1 && (
                    <Button size="small" type="link" onClick={() => show(r.version - 1, r.version)}>
                      {t('versions.diffPrev')}
                    </Button>
                  )}
                </>
              ),
            },
          ]}
        />
      </section>
      <Modal
        open={!!diff}
        onCancel={() => setDiff(null)}
        footer={null}
        width={900}
        title={diff && t('versions.diffTitle', { a: diff.from, b: diff.to })}
      >
        {diff?.diff ? (
          <Tabs
            size="small"
            items={PARTS.map(([k, label]) => ({
              key: k,
              label: `${t(label)} (${diff.diff![k].length})`,
              children: (
                <DiffTable
                  fields={k === 'fields' ? diff.diff!.fields : []}
                  values={k === 'fields' ? [] : (diff.diff![k] as BundleDiff['materials'])}
                  beforeLabel={`v${diff.from}`}
                  afterLabel={`v${diff.to}`}
                />
              ),
            }))}
          />
        ) : (
          <Spin />
        )}
      </Modal>
    </div>
  )
}
