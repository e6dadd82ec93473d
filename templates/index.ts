import { gongchengJianshe } from './bundles/gongcheng-jianshe'
import { jungongYanshou } from './bundles/jungong-yanshou'
import { lixiangYongdi } from './bundles/lixiang-yongdi'
import { qiyeKaiban } from './bundles/qiye-kaiban'
import { shigongXuke } from './bundles/shigong-xuke'
import { departments } from './departments'
import { constructionItems } from './items/construction'
import { enterpriseItems } from './items/enterprise'
import { PACKAGE_FORMAT, type TemplatePackage } from './package'

/** The seed package loaded on first start: the four construction stages and 企业开办. */
export const seedPackage: TemplatePackage = {
  format: PACKAGE_FORMAT,
  formatVersion: 1,
  departments,
  items: [...constructionItems, ...enterpriseItems],
  bundles: [lixiangYongdi, gongchengJianshe, shigongXuke, jungongYanshou, qiyeKaiban],
}
