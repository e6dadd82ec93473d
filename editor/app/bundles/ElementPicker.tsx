/** The element picker of a member's field: the merge's candidates first, then a search over the whole dictionary. */
import { Button, Empty, Input, Modal, Tag, Typography } from 'antd'
import { useDeferredValue, useMemo, useState } from 'react'
import { useI18n } from '../../../runtime/ui/i18n'
import { bundleCommands as cmd, elementChoices } from '../../core/bundle'
import { useBundle, useBundleStore, usePresent } from './hooks'

export type PickTarget = { item: string; path: string; title: string; itemName: string }

const SHOWN = 60

export function ElementPicker({
  target,
  onClose,
}: {
  target: PickTarget | null
  onClose: () => void
}) {
  const { t } = useI18n()
  const store = useBundleStore()
  const state = usePresent()
  const elements = useBundle((s) => s.elements)
  const [q, setQ] = useState('')
  const query = useDeferredValue(q)
  const choices = useMemo(
    () => (target ? elementChoices(state, target.item, target.path, elements, query) : []),
    [state, target, elements, query],
  )
  return (
    <Modal
      open={!!target}
      title={target && t('picker.title', { field: target.title, item: target.itemName })}
      onCancel={() => {
        setQ('')
        onClose()
      }}
      footer={null}
      width={720}
      destroyOnHidden
    >
      <Input.Search
        autoFocus
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('picker.search')}
        aria-label={t('picker.search')}
      />
      <Typography.Paragraph type="secondary" className="b-small">
        {t('picker.count', { n: choices.length })}
      </Typography.Paragraph>
      <ul className="picker-list">
        {choices.length === 0 && <Empty description={t('picker.none')} />}
        {choices.slice(0, SHOWN).map((c) => (
          <li className="picker-row" key={c.element.id}>
            <div className="picker-main">
              <div>
                {c.element.title} <code className="item-code">{c.element.id}</code>{' '}
                {c.confidence !== undefined && (
                  <Tag color="blue">{t('picker.match', { p: Math.round(c.confidence * 100) })}</Tag>
                )}
              </div>
              <div className="muted b-small">
                {[c.element.group, String(c.element.schema?.type ?? ''), c.element.schema?.format]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </div>
            <Button
              size="small"
              type="primary"
              onClick={() => {
                if (target && store.dispatch(cmd.bind(target.item, target.path, c.element.id))) {
                  setQ('')
                  onClose()
                }
              }}
            >
              {t('picker.bind')}
            </Button>
          </li>
        ))}
      </ul>
    </Modal>
  )
}
