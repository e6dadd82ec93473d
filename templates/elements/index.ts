/**
 * The data element dictionary (数据元): canonical data shared across item forms. The merge engine
 * puts fields bound to the same element once and suggests bindings from titles and synonyms.
 * Order: groups in the order a merged form shows them, elements in form order within a group.
 */
import type { Element } from '../../runtime/core/types'
import { agentElements } from './agent'
import { applicantElements } from './applicant'
import { applicationElements } from './application'
import { buildingElements } from './building'
import { certificateElements } from './certificate'
import { contactElements } from './contact'
import { enterpriseElements } from './enterprise'
import { environmentElements } from './environment'
import { investmentElements } from './investment'
import { landElements } from './land'
import { legalRepElements } from './legal-rep'
import { partiesElements } from './parties'
import { projectElements } from './project'

export { agentElements } from './agent'
export { applicantElements } from './applicant'
export { applicationElements } from './application'
export { buildingElements } from './building'
export { certificateElements } from './certificate'
export { contactElements } from './contact'
export { ELEMENT_FORMATS, type ElementFormat } from './define'
export { enterpriseElements } from './enterprise'
export { environmentElements } from './environment'
export { investmentElements } from './investment'
export { landElements } from './land'
export { legalRepElements } from './legal-rep'
export { partiesElements } from './parties'
export { projectElements } from './project'

export const elements: Element[] = [
  ...applicantElements,
  ...legalRepElements,
  ...agentElements,
  ...contactElements,
  ...enterpriseElements,
  ...projectElements,
  ...investmentElements,
  ...landElements,
  ...buildingElements,
  ...partiesElements,
  ...certificateElements,
  ...environmentElements,
  ...applicationElements,
]

const byId = new Map(elements.map((element) => [element.id, element]))

/** The element with this id, or `undefined`. */
export function elementById(id: string): Element | undefined {
  return byId.get(id)
}
