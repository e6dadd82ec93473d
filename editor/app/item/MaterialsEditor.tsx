/** 申请材料 of the item: name, 原件/复印件/电子件, copies, 必要/容缺/情形适用, source, 电子证照, blank and sample. */
import { AutoComplete, Button, Empty, Input, InputNumber, Select, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { Material } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import { eLicenseLibrary } from '../../../templates/e-licenses'
import { useStoreValue } from '../form-editor/store-hooks'
import type { ItemStore } from './item-store'

const URL_PATTERN = /^(https?:\/\/|\/)[^\s]*$/

/** A labelled cell of a material's grid; `id` ties the label to its control. */
function Cell({
  id,
  label,
  wide,
  children,
}: {
  id: string
  label: string
  wide?: boolean
  children: ReactNode
}) {
  return (
    <div className={wide ? 'mat-cell wide' : 'mat-cell'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  )
}

export function MaterialsEditor({ store }: { store: ItemStore }) {
  const { t } = useI18n()
  const materials = useStoreValue((s) => s.meta.materials)
  const write = (next: Material[]) => store.setMeta({ materials: next })
  const set = (i: number, patch: Partial<Material>) =>
    write(
      materials.map((m, j) => {
        if (j !== i) return m
        const next: Material = { ...m, ...patch }
        for (const [k, v] of Object.entries(patch))
          if (v === '' || v === undefined) delete next[k as keyof Material]
        return next
      }),
    )
  const move = (i: number, d: number) => {
    const next = [...materials]
    const [m] = next.splice(i, 1)
    next.splice(i + d, 0, m!)
    write(next)
  }
  const urlStatus = (v?: string) => (v && !URL_PATTERN.test(v) ? ('warning' as const) : undefined)
  return (
    <div className="materials">
      <Typography.Paragraph type="secondary">{t('mat.intro')}</Typography.Paragraph>
      {materials.length === 0 && <Empty description={t('mat.none')} />}
      {materials.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: materials are positions in the list
        <fieldset key={i} className="material" aria-label={`${t('mat.one')} ${i + 1}`}>
          <div className="material-head">
            <span className="material-no">{i + 1}</span>
            <Input
              aria-label={t('mat.name')}
              placeholder={t('mat.name')}
              value={m.name}
              status={m.name.trim() ? undefined : 'error'}
              onChange={(e) => set(i, { name: e.target.value })}
              className="material-name"
            />
            <Button size="small" disabled={i === 0} onClick={() => move(i, -1)}>
              {t('moveUp')}
            </Button>
            <Button size="small" disabled={i === materials.length - 1} onClick={() => move(i, 1)}>
              {t('moveDown')}
            </Button>
            <Button size="small" danger onClick={() => write(materials.filter((_, j) => j !== i))}>
              {t('delete')}
            </Button>
          </div>
          <div className="material-grid">
            <Cell id={`mat-${i}-form`} label={t('mat.form')}>
              <Select
                id={`mat-${i}-form`}
                value={m.form}
                onChange={(v) => set(i, { form: v })}
                options={[
                  { value: 'original', label: t('mat.original') },
                  { value: 'copy', label: t('mat.copy') },
                  { value: 'electronic', label: t('mat.electronic') },
                ]}
              />
            </Cell>
            <Cell id={`mat-${i}-copies`} label={t('mat.copies')}>
              <InputNumber
                id={`mat-${i}-copies`}
                min={0}
                max={100}
                precision={0}
                value={m.copies}
                onChange={(v) => set(i, { copies: typeof v === 'number' ? v : 1 })}
                style={{ width: '100%' }}
              />
            </Cell>
            <Cell id={`mat-${i}-requirement`} label={t('mat.requirement')}>
              <Select
                id={`mat-${i}-requirement`}
                value={m.requirement}
                onChange={(v) => set(i, { requirement: v })}
                options={[
                  { value: 'required', label: t('mat.required') },
                  { value: 'tolerated', label: t('mat.tolerated') },
                  { value: 'conditional', label: t('mat.conditional') },
                ]}
              />
            </Cell>
            <Cell id={`mat-${i}-source`} label={t('mat.source')}>
              <Input
                id={`mat-${i}-source`}
                value={m.source ?? ''}
                placeholder={t('mat.sourcePlaceholder')}
                onChange={(e) => set(i, { source: e.target.value })}
              />
            </Cell>
            <Cell id={`mat-${i}-eLicense`} label={t('mat.eLicense')}>
              <AutoComplete
                id={`mat-${i}-eLicense`}
                value={m.eLicense ?? ''}
                options={eLicenseLibrary.map((v) => ({ value: v }))}
                onChange={(v: string) => set(i, { eLicense: v })}
                placeholder={t('mat.eLicensePlaceholder')}
                allowClear
              />
            </Cell>
            <Cell id={`mat-${i}-key`} label={t('mat.key')}>
              <Input
                id={`mat-${i}-key`}
                className="mono"
                value={m.key ?? ''}
                placeholder="business-license"
                onChange={(e) => set(i, { key: e.target.value })}
              />
            </Cell>
            <Cell id={`mat-${i}-blank`} label={t('mat.blank')}>
              <Input
                id={`mat-${i}-blank`}
                value={m.blankUrl ?? ''}
                status={urlStatus(m.blankUrl)}
                placeholder="https://…/blank.pdf"
                onChange={(e) => set(i, { blankUrl: e.target.value })}
              />
            </Cell>
            <Cell id={`mat-${i}-sample`} label={t('mat.sample')}>
              <Input
                id={`mat-${i}-sample`}
                value={m.sampleUrl ?? ''}
                status={urlStatus(m.sampleUrl)}
                placeholder="https://…/sample.pdf"
                onChange={(e) => set(i, { sampleUrl: e.target.value })}
              />
            </Cell>
            <Cell id={`mat-${i}-note`} label={t('mat.note')} wide>
              <Input
                id={`mat-${i}-note`}
                value={m.note ?? ''}
                onChange={(e) => set(i, { note: e.target.value })}
                placeholder={t('mat.notePlaceholder')}
              />
            </Cell>
          </div>
        </fieldset>
      ))}
      <Button
        type="dashed"
        block
        onClick={() =>
          write([...materials, { name: '', form: 'copy', copies: 1, requirement: 'required' }])
        }
      >
        ＋ {t('mat.add')}
      </Button>
    </div>
  )
}
