/** Type sizes and rhythm of the printed 办事指南 (the page geometry is the form's). */
export const G = {
  title: 20,
  body: 10,
  bodyLead: 15.5,
  small: 8.5,
  smallLead: 12,
  cell: 9,
  cellLead: 12.5,
  note: 7.5,
  noteLead: 10,
  /** label column of 「办理地点：」 rows */
  label: 78,
  /** space after a section */
  sectionGap: 10,
  /** space after a paragraph */
  paraGap: 4,
}

export const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
]

/** What is printed for an element the guide does not give. */
export const NONE = '—'

/** 「N 个工作日」; 0 → 「即时办理」. */
export const workingDays = (days: number | undefined): string =>
  days === undefined ? NONE : days === 0 ? '即时办理' : `${days} 个工作日`
