/** 版本历史: who published which version when, with the change note and the diff to the one before. */
import { Button, Empty, Modal, Spin, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { ItemDiff } from '../../../runtime/core/diff'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { dateTime } from '../format'
import type { VersionRow } from '../types'
import { DiffTable } from './DiffTable'

/** Remount (a new `key`) to reload after a publish. */
export function VersionsPanel({ itemId }: { itemId: string }) {
  const { t, locale } = useI18n()
  const [rows, setRows] = useState<VersionRow[]>()
  const [error, setError] = useState<string>()
  const [diff, setDiff] = useState<{ from: number; to: number | 'draft'; diff?: ItemDiff } | null>(
    null,
  )
  useEffect(() => {
    let live = true
    api<VersionRow[]>(`/api/items/${itemId}/versions`).then(
      (r) => live && setRows(r),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [itemId])
  const show = (from: number, to: number | 'draft') => {
    setDiff({ from, to })
    api<ItemDiff>(`/api/items/${itemId}/diff?from=${from}&to=${to}`).then(
      (d) => setDiff({ from, to, diff: d }),
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    )
  }
  if (error) return <Typography.Text type="danger">{error}</Typography.Text>
  return (
    <div className="versions">
      <Table<VersionRow>
        rowKey="version"
        loading={!rows}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('versions.none')} /> }}
        columns={[
          { title: t('versions.version'), dataIndex: 'version', width: 80, render: (v) => `v${v}` },
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
            width: 220,
            render: (_, r, i) => (
              <>
                {r.version > 1 && (
                  <Button size="small" type="link" onClick={() => show(r.version - 1, r.version)}>
                    {t('versions.diffPrev')}
                  </Button>
                )}
                {i === 0 && (
                  <Button size="small" type="link" onClick={() => show(r.version, 'draft')}>
                    {t('versions.diffDraft')}
                  </Button>
                )}
              </>
            ),
          },
        ]}
      />
      <Modal
        open={!!diff}
        onCancel={() => setDiff(null)}
        footer={null}
        width={900}
        title={
          diff &&
          (diff.to === 'draft'
            ? t('versions.diffDraftTitle', { v: diff.from })
            : t('versions.diffTitle', { a: diff.from, b: diff.to }))
        }
      >
        {diff?.diff ? (
          <DiffTable
            fields={diff.diff.fields}
            values={diff.diff.values}
            beforeLabel={`v${diff.from}`}
            afterLabel={diff.to === 'draft' ? t('versions.draft') : `v${diff.to}`}
          />
        ) : (
          <Spin />
        )}
      </Modal>
    </div>
  )
}
