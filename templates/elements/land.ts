/** 用地信息: the land the project is built on. */
import type { Element } from '../../runtime/core/types'
import { defineGroup, oneOf, quantity, text } from './define'

const element = defineGroup('land', '用地信息')

export const landElements: Element[] = [
  element('area', '用地面积', quantity('平方米'), {
    synonyms: ['总用地面积', '项目用地面积', '建设用地面积', '用地面积（平方米）'],
  }),
  element(
    'use',
    '用地性质',
    oneOf([
      '居住用地',
      '公共管理与公共服务设施用地',
      '商业服务业设施用地',
      '工业用地',
      '物流仓储用地',
      '道路与交通设施用地',
      '公用设施用地',
      '绿地与广场用地',
    ]),
    {
      synonyms: ['规划用地性质', '土地用途', '用地类型'],
      description: '城市建设用地大类（GB 50137）',
    },
  ),
  element(
    'acquisitionMethod',
    '土地取得方式',
    oneOf(['出让', '划拨', '租赁', '作价出资或入股', '其他']),
    { synonyms: ['土地使用权取得方式', '用地取得方式', '供地方式'] },
  ),
  element('landCertNo', '国有土地使用证号', text(50), {
    synonyms: ['土地证号', '土地使用证号', '国有土地使用证编号', '土地使用权证号'],
    description: '不动产统一登记前核发的土地证；不动产权证书号另见证照信息',
  }),
  element('parcelNo', '宗地代码', text(30), {
    synonyms: ['宗地号', '宗地编号'],
  }),
  element('planningPermitNo', '建设用地规划许可证号', text(50), {
    synonyms: ['建设用地规划许可证编号', '用地规划许可证号', '用地规划许可证编号'],
    description: '不是建设工程规划许可证号',
  }),
  element('plotRatio', '容积率', quantity()),
  element('greeningRate', '绿地率', quantity('%', { maximum: 100 })),
  element('buildingDensity', '建筑密度', quantity('%', { maximum: 100 })),
]
