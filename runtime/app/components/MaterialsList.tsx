import type { MergedMaterial } from '../../core/types'
import { useI18n } from '../../ui/i18n'

const FORM_KEY = { original: 'mat.original', copy: 'mat.copy', electronic: 'mat.electronic' }
const REQ_KEY = {
  required: 'mat.required',
  tolerated: 'mat.tolerated',
  conditional: 'mat.conditional',
}

/** The 一套材料 as a table: name, form, copies, requirement, source, 免提交. */
export function MaterialsList({ materials }: { materials: MergedMaterial[] }) {
  const { t } = useI18n()
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('mat.no')}</th>
            <th scope="col">{t('mat.name')}</th>
            <th scope="col">{t('mat.form')}</th>
            <th scope="col">{t('mat.copies')}</th>
            <th scope="col">{t('mat.requirement')}</th>
            <th scope="col">{t('mat.source')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m, i) => (
            <tr key={m.key}>
              <td>{i + 1}</td>
              <td>
                {m.name}
                {m.exempt && <span className="tag green">{t('mat.exempt')}</span>}
                {m.note && <div className="muted">{m.note}</div>}
              </td>
              <td>{t(FORM_KEY[m.form] ?? m.form)}</td>
              <td>{m.copies}</td>
              <td>{t(REQ_KEY[m.requirement] ?? m.requirement)}</td>
              <td>{m.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
