/** The choices of 单选 / 多选 / 下拉: value and label per row, reordered and pasted in bulk. */
import { Button, Input } from 'antd'
import { memo, useState } from 'react'
import { useI18n } from '../../../runtime/ui/i18n'
import { type ChoiceOption, commands as cmd, type NodeId } from '../../core'
import { useStore } from './store-hooks'

const show = (v: ChoiceOption['value']) => (typeof v === 'string' ? v : JSON.stringify(v))

/** Keeps a value's type: numbers stay numbers when the text still reads as one. */
function parseLike(text: string, before: ChoiceOption['value'] | undefined): ChoiceOption['value'] {
  if (typeof before === 'number' && text.trim() !== '' && Number.isFinite(Number(text)))
    return Number(text)
  if (typeof before === 'boolean' && (text === 'true' || text === 'false')) return text === 'true'
  return text
}

export const OptionsEditor = memo(
  function OptionsEditor({ id, options }: { id: NodeId; options: ChoiceOption[] }) {
    const { t } = useI18n()
    const store = useStore()
    const [bulk, setBulk] = useState<string | null>(null)
    const write = (next: ChoiceOption[]) => store.dispatch(cmd.update(id, { options: next }))
    const set = (i: number, patch: Partial<ChoiceOption>) =>
      write(options.map((o, j) => (j === i ? clean({ ...o, ...patch }) : o)))
    const move = (i: number, d: number) => {
      const next = [...options]
      const [o] = next.splice(i, 1)
      next.splice(i + d, 0, o!)
      write(next)
    }
    const blur = () => store.breakCoalescing()
    return (
      <div className="options-editor">
        <div className="options-head">
          <span>{t('opt.value')}</span>
          <span>{t('opt.label')}</span>
        </div>
        {options.map((o, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values may repeat while typed
          <div key={i} className="options-row">
            <Input
              size="small"
              aria-label={`${t('opt.value')} ${i + 1}`}
              value={show(o.value)}
              onChange={(e) => set(i, { value: parseLike(e.target.value, o.value) })}
              onBlur={blur}
            />
            <Input
              size="small"
              aria-label={`${t('opt.label')} ${i + 1}`}
              placeholder={t('opt.sameAsValue')}
              value={o.label ?? ''}
              onChange={(e) => set(i, { label: e.target.value })}
              onBlur={blur}
            />
            <Button
              size="small"
              type="text"
              aria-label={`${t('moveUp')} ${i + 1}`}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </Button>
            <Button
              size="small"
              type="text"
              danger
              aria-label={`${t('delete')} ${i + 1}`}
              onClick={() => write(options.filter((_, j) => j !== i))}
            >
              ✕
            </Button>
          </div>
        ))}
        <div className="options-actions">
          <Button
            size="small"
            type="dashed"
            onClick={() =>
              write([...options, { value: t('opt.newValue', { n: options.length + 1 }) }])
            }
          >
            ＋ {t('opt.add')}
          </Button>
          <Button
            size="small"
            type="link"
            onClick={() =>
              setBulk(
                bulk === null
                  ? options
                      .map((o) => (o.label ? `${show(o.value)}=${o.label}` : show(o.value)))
                      .join('\n')
                  : null,
              )
            }
          >
            {bulk === null ? t('opt.bulk') : t('opt.bulkClose')}
          </Button>
        </div>
        {bulk !== null && (
          <div className="options-bulk">
            <Input.TextArea
              aria-label={t('opt.bulk')}
              autoSize={{ minRows: 4, maxRows: 12 }}
              value={bulk}
              onChange={(e) => setBulk(e.target.value)}
            />
            <p className="insp-sub">{t('opt.bulkHelp')}</p>
            <Button
              size="small"
              type="primary"
              onClick={() => {
                const next = bulk
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean)
                  .map((l) => {
                    const at = l.indexOf('=')
                    return at > 0
                      ? clean({ value: l.slice(0, at).trim(), label: l.slice(at + 1).trim() })
                      : { value: l }
                  })
                if (write(next)) setBulk(null)
              }}
            >
              {t('opt.apply')}
            </Button>
          </div>
        )}
      </div>
    )
  },
  // the options are read afresh from the schema on every render of the inspector: compare them
  (a, b) => a.id === b.id && JSON.stringify(a.options) === JSON.stringify(b.options),
)

const clean = (o: ChoiceOption): ChoiceOption =>
  o.label === undefined || o.label === '' ? { value: o.value } : o
