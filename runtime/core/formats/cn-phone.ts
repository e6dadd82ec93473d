/**
 * Mainland landline with area code, or a 400/800 service number.
 *
 * Area codes are either 3 digits (010 and 02X, followed by an 8-digit number) or 4 digits (03XX to
 * 09XX, followed by a 7- or 8-digit number); local numbers never start with 0 or 1. Because the
 * second digit tells the area code's length, the hyphen after it may be left out. An extension of
 * 1–6 digits may follow after a hyphen: `010-12345678-123`.
 *
 * Service numbers: `400`/`800` + 7 digits, written `4001234567`, `400-123-4567` or `400-1234-567`.
 * Mobile numbers are not landlines: use `cn-mobile` for them.
 */
const LANDLINE = /^(?:0(?:10|2\d)-?[2-9]\d{7}|0[3-9]\d{2}-?[2-9]\d{6,7})(?:-\d{1,6})?$/
const SERVICE = /^[48]00(?:\d{7}|-\d{3}-\d{4}|-\d{4}-\d{3})$/

export const isCnPhone = (s: string): boolean =>
  typeof s === 'string' && (LANDLINE.test(s) || SERVICE.test(s))
