export type { GuideDoc } from './guide-doc'
export { guideSections, guideTitle, layoutGuide } from './layout-guide'
export { renderGuide } from './render-guide'
