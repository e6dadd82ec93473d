/**
 * 参建单位: the units and responsible persons of the works other than the applicant itself
 * (勘察、设计、施工、监理 and the drawing review agency). 建设单位 is the applicant, see applicant.ts.
 */
import type { Element } from '../../runtime/core/types'
import { defineGroup, formatted, text } from './define'

const element = defineGroup('parties', '参建单位')

export const partiesElements: Element[] = [
  element('ownerManager', '建设单位项目负责人', text(50), {
    synonyms: ['建设单位项目负责人姓名'],
  }),
  element('surveyName', '勘察单位名称', text(100), {
    synonyms: ['勘察单位'],
  }),
  element('surveyUscc', '勘察单位统一社会信用代码', formatted('uscc', 18)),
  element('surveyManager', '勘察单位项目负责人', text(50), {
    synonyms: ['勘察单位项目负责人姓名', '勘察项目负责人'],
  }),
  element('designName', '设计单位名称', text(100), {
    synonyms: ['设计单位'],
  }),
  element('designUscc', '设计单位统一社会信用代码', formatted('uscc', 18)),
  element('designManager', '设计单位项目负责人', text(50), {
    synonyms: ['设计单位项目负责人姓名', '设计项目负责人'],
  }),
  element('constructorName', '施工单位名称', text(100), {
    synonyms: ['施工单位', '施工总承包单位', '施工总承包单位名称'],
  }),
  element('constructorUscc', '施工单位统一社会信用代码', formatted('uscc', 18)),
  element('constructorManager', '施工单位项目负责人', text(50), {
    synonyms: ['施工单位项目负责人姓名', '施工单位项目经理', '施工项目经理'],
  }),
  element('supervisorName', '监理单位名称', text(100), {
    synonyms: ['监理单位', '工程监理单位'],
  }),
  element('supervisorUscc', '监理单位统一社会信用代码', formatted('uscc', 18)),
  element('chiefSupervisor', '总监理工程师', text(50), {
    synonyms: ['总监理工程师姓名', '项目总监', '监理单位项目负责人'],
  }),
  element('reviewAgencyName', '施工图审查机构名称', text(100), {
    synonyms: ['施工图审查机构', '审图机构'],
  }),
]
