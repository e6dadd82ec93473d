/**
 * Inputs bound to the composer's state: every keystroke is a command (the core joins consecutive
 * typing into one undo step); leaving the input starts a new step.
 */
import { Input, InputNumber } from 'antd'
import type { ComponentProps } from 'react'
import { useBundleStore } from './hooks'

type TextProps = Omit<ComponentProps<typeof Input>, 'value' | 'onChange'> & {
  value: string | undefined
  onText: (v: string) => void
}

export function TextInput({ value, onText, onBlur, ...rest }: TextProps) {
  const store = useBundleStore()
  return (
    <Input
      {...rest}
      value={value ?? ''}
      onChange={(e) => onText(e.target.value)}
      onBlur={(e) => {
        store.breakCoalescing()
        onBlur?.(e)
      }}
    />
  )
}

type AreaProps = Omit<ComponentProps<typeof Input.TextArea>, 'value' | 'onChange'> & {
  value: string | undefined
  onText: (v: string) => void
}

export function TextArea({ value, onText, ...rest }: AreaProps) {
  const store = useBundleStore()
  return (
    <Input.TextArea
      autoSize={{ minRows: 2, maxRows: 8 }}
      {...rest}
      value={value ?? ''}
      onChange={(e) => onText(e.target.value)}
      onBlur={() => store.breakCoalescing()}
    />
  )
}

type NumberProps = Omit<ComponentProps<typeof InputNumber<number>>, 'value' | 'onChange'> & {
  value: number | undefined
  onNumber: (v: number) => void
}

export function NumberInput({ value, onNumber, ...rest }: NumberProps) {
  const store = useBundleStore()
  return (
    <InputNumber<number>
      min={0}
      precision={0}
      {...rest}
      value={value}
      onChange={(v) => {
        if (typeof v === 'number' && Number.isFinite(v)) onNumber(v)
      }}
      onBlur={() => store.breakCoalescing()}
    />
  )
}
