/**
 * Mainland mobile number: exactly 11 digits, `1` then 3–9. A `+86`/`86` prefix, spaces or hyphens
 * are refused on purpose: the stored value stays one canonical form that other systems (SMS, 电子
 * 证照 lookups) accept as is; input widgets may strip such decoration before validation.
 */
const MOBILE = /^1[3-9]\d{9}$/

export const isCnMobile = (s: string): boolean => typeof s === 'string' && MOBILE.test(s)
