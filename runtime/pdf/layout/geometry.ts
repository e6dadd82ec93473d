/** A4 portrait in points, with a wider left (binding) margin; type sizes and rhythm. */
export const PAGE = { width: 595.28, height: 841.89 }
export const MARGIN = { left: 72, right: 46, top: 58, bottom: 54 }
export const CONTENT = {
  x: MARGIN.left,
  width: PAGE.width - MARGIN.left - MARGIN.right,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
}
export const TYPE = {
  title: 17,
  heading: 11.5,
  subheading: 10.5,
  body: 9.5,
  field: 9.5,
  help: 7.5,
  small: 8,
  header: 7.5,
}
/** line heights */
export const LEAD = { body: 13, help: 10, small: 11, heading: 16 }
export const LABEL_WIDTH = 118
export const GAP = 6
export const FIELD_HEIGHT = 17
export const BOX = 8.5
export const MUTED = 0.38
export const RULE = 0.82
