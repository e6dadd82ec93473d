import type { WidgetProps } from '@rjsf/utils'
import { ariaDescribedByIds } from '@rjsf/utils'
import { useState } from 'react'
import { type MoneyUnit, toChineseUppercase } from '../../core/formats/money'

const parse = (text: string): number | undefined => {
  const cleaned = text.replace(/[,，\s]/g, '')
  if (cleaned === '') return undefined
  const n = Number(cleaned)
  return Number.isFinite(n) ? n : Number.NaN
}

/** A money amount in 元 or 万元: decimal keyboard, the unit beside it and the 大写 amount below. */
export function MoneyWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, schema, rawErrors } =
    props
  const unit = (schema['x-money'] as MoneyUnit | undefined) ?? '元'
  const [text, setText] = useState(value === undefined || value === null ? '' : String(value))
  const n = typeof value === 'number' ? value : undefined
  let upper = ''
  if (n !== undefined && n >= 0) {
    try {
      upper = toChineseUppercase(n, unit)
    } catch {
      upper = ''
    }
  }
  return (
    <div className="money">
      <div className="input-with-unit">
        <input
          id={id}
          name={id}
          className="form-control"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          required={required}
          disabled={disabled || readonly}
          aria-invalid={rawErrors?.length ? true : undefined}
          aria-describedby={`${ariaDescribedByIds(id)} ${id}__upper`}
          onChange={(e) => {
            setText(e.target.value)
            const parsed = parse(e.target.value)
            // an unparsable entry is kept as text so the type check reports it, not silently lost
            onChange(
              parsed === undefined ? undefined : Number.isNaN(parsed) ? e.target.value : parsed,
            )
          }}
          onBlur={() => onBlur(id, value)}
          onFocus={() => onFocus(id, value)}
        />
        <span className="unit">{unit}</span>
      </div>
      <div className="money-upper" id={`${id}__upper`} aria-live="polite">
        {upper ? `大写：${upper}` : ''}
      </div>
    </div>
  )
}
