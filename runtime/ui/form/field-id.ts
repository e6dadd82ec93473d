/** Input ids of the 一张表's rjsf forms: `f.applicant.uscc`, rows as `f.units.0.type`. */
export const ID_PREFIX = 'f'

/** `f.applicant.uscc` (an input's id) → `applicant.uscc`. */
export const pathOfId = (id: string): string =>
  id.startsWith(`${ID_PREFIX}.`) ? id.slice(ID_PREFIX.length + 1).replace(/__\d+$/, '') : id
