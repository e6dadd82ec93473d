export type { GuideDoc } from '../../core/guide/guide-doc'
export { guideSections, guideTitle, layoutGuide } from './layout-guide'
export { renderGuide } from './render-guide'
