/**
 * Someone saved the draft first (412). Both versions stay: the table shows what differs between
 * theirs (now on the server) and this session's; the administrator keeps theirs (one more undo
 * step, so Ctrl+Z brings this session's back) or overwrites it with this one.
 */
import { Alert, Button, Modal, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { diffValues } from '../../../runtime/core/diff'
import { useI18n } from '../../../runtime/ui/i18n'
import { dateTime } from '../format'
import { DiffTable } from '../item/DiffTable'
import type { BundleStore } from './bundle-store'
import { useBundle } from './hooks'

const KEYS = [
  'name',
  'slug',
  'stage',
  'leadDepartmentId',
  'items',
  'bindings',
  'situations',
  'rules',
  'overrides',
  'guide',
  'rejected',
] as const

const pickDoc = (d: Record<string, unknown>) => Object.fromEntries(KEYS.map((k) => [k, d[k]]))

export function BundleConflictDialog({ store }: { store: BundleStore }) {
  const { t, locale } = useI18n()
  const status = useBundle((s) => s.status)
  const [busy, setBusy] = useState(false)
  const conflict = status.kind === 'conflict' ? status : null
  const values = useMemo(
    () =>
      conflict
        ? diffValues(
            pickDoc(conflict.server as unknown as Record<string, unknown>),
            pickDoc(store.state.doc as unknown as Record<string, unknown>),
          )
        : [],
    [conflict, store],
  )
  return (
    <Modal
      open={!!conflict}
      title={t('bconflict.title')}
      width={900}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Space>
          <Button disabled={busy} onClick={() => void store.takeTheirs()}>
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
      <Alert type="warning" showIcon title={t('bconflict.intro')} />
      <Typography.Paragraph type="secondary" className="conflict-when">
        {conflict && t('conflict.when', { at: dateTime(conflict.server.updatedAt, locale) })}
      </Typography.Paragraph>
      <DiffTable
        fields={[]}
        values={values}
        beforeLabel={t('conflict.theirsCol')}
        afterLabel={t('conflict.mineCol')}
      />
    </Modal>
  )
}
