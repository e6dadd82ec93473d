/** 证照信息: numbers of licences, permits and approval documents the project already holds. */
import type { Element } from '../../runtime/core/types'
import { defineGroup, text } from './define'

const element = defineGroup('certificate', '证照信息')

export const certificateElements: Element[] = [
  element('realEstateNo', '不动产权证书号', text(50), {
    synonyms: ['不动产权证号', '不动产权证书编号', '不动产权证书号码', '不动产证号'],
  }),
  element('siteSelectionNo', '用地预审与选址意见书编号', text(50), {
    synonyms: ['建设项目用地预审与选址意见书编号', '选址意见书编号', '选址意见书号'],
  }),
  element('buildingPlanningPermitNo', '建设工程规划许可证号', text(50), {
    synonyms: ['建设工程规划许可证编号', '工程规划许可证号', '工程规划许可证编号'],
    description: '不是建设用地规划许可证号',
  }),
  element('drawingReviewNo', '施工图审查合格书编号', text(50), {
    synonyms: ['施工图审查合格书号', '施工图审查合格证书编号', '审图合格书编号'],
  }),
  element('bidNoticeNo', '中标通知书编号', text(50), {
    synonyms: ['中标通知书号', '施工中标通知书编号'],
    description: '施工中标通知书；监理等其他中标通知书不在此列',
  }),
  element('constructionPermitNo', '施工许可证编号', text(50), {
    synonyms: ['施工许可证号', '建筑工程施工许可证编号', '建筑工程施工许可证号'],
  }),
  element('filingNo', '项目备案证明编号', text(50), {
    synonyms: ['备案证明编号', '企业投资项目备案证明编号', '项目备案文号'],
  }),
  element('approvalNo', '立项批复文号', text(50), {
    synonyms: ['项目立项批复文号', '项目核准文号', '核准批复文号'],
  }),
  element('eiaApprovalNo', '环评批复文号', text(50), {
    synonyms: ['环境影响评价批复文号', '环评审批文号', '环境影响评价文件批复文号'],
  }),
]
