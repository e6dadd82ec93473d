/**
 * Someone saved the draft first (412). Both versions stay: the table shows what differs between
 * theirs (now on the server) and this session's; the administrator keeps theirs or overwrites it
 * with this one, or downloads this one first. Taking theirs is an undoable import of their form.
 */
import { Alert, Button, Modal, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { diffItems } from '../../../runtime/core/diff'
import { useI18n } from '../../../runtime/ui/i18n'
import { useStoreValue } from '../form-editor/store-hooks'
import { dateTime } from '../format'
import { DiffTable } from './DiffTable'
import type { ItemStore } from './item-store'

export function ConflictDialog({ store }: { store: ItemStore }) {
  const { t, locale } = useI18n()
  const status = useStoreValue((s) => s.status)
  const [busy, setBusy] = useState(false)
  const conflict = status.kind === 'conflict' ? status : null
  const diff = useMemo(
    () => (conflict ? diffItems(conflict.server, store.input()) : null),
    [conflict, store],
  )
  const download = () => {
    const blob = new Blob([JSON.stringify(store.input(), null, 2)], { type: 'application/json' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `${store.meta.code || 'item'}-mine.json`
    a.click()
    URL.revokeObjectURL(a.href)
  }
  return (
    <Modal
      open={!!conflict}
      title={t('conflict.title')}
      width={900}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Space>
          <Button onClick={download}>{t('conflict.download')}</Button>
          <Button
            onClick={() => {
              store.takeTheirs()
            }}
            disabled={busy}
          >
            {t('conflict.theirs')}
          </Button>
          <Button
            type="primary"
            loading={busy}
            onClick={async () => {
              setBusy(true)
              await store.keepMine()
              setBusy(false)
            }}
          >
            {t('conflict.mine')}
          </Button>
        </Space>
      }
    >
      <Alert type="warning" showIcon title={t('conflict.intro')} />
      <Typography.Paragraph type="secondary" className="conflict-when">
        {conflict && t('conflict.when', { at: dateTime(conflict.server.updatedAt, locale) })}
      </Typography.Paragraph>
      {diff && (
        <DiffTable
          fields={diff.fields}
          values={diff.values}
          beforeLabel={t('conflict.theirsCol')}
          afterLabel={t('conflict.mineCol')}
        />
      )}
    </Modal>
  )
}
