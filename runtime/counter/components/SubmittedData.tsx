import type { JsonSchema } from '../../core/types'

const show = (schema: JsonSchema | undefined, value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—'
  if (typeof value === 'boolean') return value ? '是' : '否'
  const alts = (schema?.oneOf ?? schema?.anyOf) as JsonSchema[] | undefined
  const alt = alts?.find((a) => a.const === value)
  if (alt?.title) return alt.title
  if (Array.isArray(value)) return value.map((v) => show(schema?.items, v)).join('、')
  const unit = schema?.['x-money'] ?? schema?.['x-unit']
  return typeof unit === 'string' ? `${value} ${unit}` : String(value)
}

const isObject = (s: JsonSchema | undefined) => !!s?.properties
const isTable = (s: JsonSchema | undefined) =>
  s?.type === 'array' && !!s.items && !Array.isArray(s.items) && isObject(s.items)

/** Submitted data, read-only, laid out by its schema: sections, tables, labelled values. */
export function SubmittedData({ schema, data }: { schema: JsonSchema; data: unknown }) {
  const d = (data ?? {}) as Record<string, unknown>
  const entries = Object.entries(schema.properties ?? {})
  const leaves = entries.filter(([, s]) => !isObject(s) && !isTable(s))
  return (
    <>
      {leaves.length > 0 && (
        <dl className="kv">
          {leaves.map(([k, s]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{s.title ?? k}</dt>
              <dd>{show(s, d[k])}</dd>
            </div>
          ))}
        </dl>
      )}
      {entries
        .filter(([, s]) => isObject(s) || isTable(s))
        .map(([k, s]) => (
          <section key={k}>
            <h3>{s.title ?? k}</h3>
            {isObject(s) ? (
              <SubmittedData schema={s} data={d[k]} />
            ) : (
              <RowsTable schema={s.items as JsonSchema} rows={d[k]} />
            )}
          </section>
        ))}
    </>
  )
}

function RowsTable({ schema, rows }: { schema: JsonSchema; rows: unknown }) {
  const list = Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []
  const cols = Object.entries(schema.properties ?? {})
  if (!list.length) return <p className="muted">—</p>
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">#</th>
            {cols.map(([k, s]) => (
              <th scope="col" key={k}>
                {s.title ?? k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map((r, i) => (
            // rows have no identity of their own: their position is what the applicant gave
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i}>
              <td>{i + 1}</td>
              {cols.map(([k, s]) => (
                <td key={k}>{show(s, r?.[k])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
