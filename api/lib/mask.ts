/** Masks personal data (ID numbers, phones) for lists and logs: keeps a few chars at each end. */
export function maskId(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length)
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`
}

export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length)
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
}
