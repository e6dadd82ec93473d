/**
 * 企业开办一件事: 设立登记, 公章刻制, 发票申领, 社保登记 and 公积金缴存登记 in one application.
 *
 * Lead department: 市场监督管理局, not 政务服务中心. 设立登记 is the one item every applicant needs,
 * and it produces what all the others depend on (the 统一社会信用代码 and the 营业执照 pushed to 公安,
 * 税务, 人社 and 公积金); the reform puts 企业开办 under the market regulator, while 政务服务中心
 * only hosts the 企业开办专区 window where the application is received and the results handed out.
 */
import type { ApplicabilityRule, Rule } from '../../runtime/core/types'
import {
  companyRegistration,
  housingFundRegistration,
  newTaxpayerInvoice,
  sealFiling,
  socialInsuranceRegistration,
} from '../items/enterprise'
import type { BundleTemplate } from '../types'

const SCJG = companyRegistration.code
const GA = sealFiling.code
const SW = newTaxpayerInvoice.code
const RSJ = socialInsuranceRegistration.code
const GJJ = housingFundRegistration.code

/** The merged form's section of one item. */
const section = (code: string) => `item_${code.replace(/[^A-Za-z0-9_]/g, '_')}`

const yesNo = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
]

/** Optional items and the answer that brings each in; 设立登记 has no rule: it always applies. */
const optional: [code: string, when: Rule][] = [
  [GA, { q: 'seal', eq: 'yes' }],
  [SW, { q: 'invoice', eq: 'yes' }],
  [RSJ, { q: 'socialSecurity', eq: 'yes' }],
  [GJJ, { q: 'housingFund', eq: 'yes' }],
]

const rules: ApplicabilityRule[] = [
  ...optional.map(([id, when]): ApplicabilityRule => ({ target: { type: 'item', id }, when })),
  // the department's section goes with its item (the same condition, so never contradicting it)
  ...optional.map(
    ([code, when]): ApplicabilityRule => ({ target: { type: 'section', id: section(code) }, when }),
  ),
  {
    target: { type: 'material', id: 'invoice-seal-impression' },
    when: { q: 'invoiceKind', in: ['paper-special', 'paper-general'] },
  },
  {
    target: { type: 'material', id: 'shareholder-qualification' },
    when: { q: 'corporateShareholder', eq: 'yes' },
  },
]

export const qiyeKaiban: BundleTemplate = {
  slug: 'qiye-kaiban',
  name: '企业开办一件事',
  leadDepartmentCode: 'scjg',
  stage: '其他',
  items: [SCJG, GA, SW, RSJ, GJJ],
  // Fields the departments left unbound although they are the dictionary's data in this bundle.
  bindings: [
    // 登记联络员 is the enterprise's contact person for the departments
    { item: SCJG, path: 'liaison.name', element: 'contact.name' },
    { item: SCJG, path: 'liaison.mobile', element: 'contact.mobile' },
    { item: SCJG, path: 'liaison.email', element: 'contact.email' },
    // 印章备案 records the 住所 of the 营业执照 as 单位地址
    { item: GA, path: 'dwdz', element: 'applicant.address' },
    // a new enterprise's 纳税人识别号 is its 统一社会信用代码
    { item: SW, path: 'taxpayer_id', element: 'applicant.uscc' },
  ],
  situations: [
    {
      id: 'seal',
      title: '是否需要刻制公章',
      kind: 'single',
      options: yesNo,
      help: '选择“是”的，同步办理公章刻制备案，印章可与营业执照一并领取或寄递',
    },
    {
      id: 'invoice',
      title: '是否申领发票',
      kind: 'single',
      options: yesNo,
      help: '选择“是”的，同步办理新办纳税人涉税事项和发票申领',
    },
    {
      id: 'invoiceKind',
      title: '申领哪些发票',
      kind: 'multiple',
      options: [
        { value: 'digital-special', label: '数电发票（增值税专用发票）' },
        { value: 'digital-general', label: '数电发票（普通发票）' },
        { value: 'paper-special', label: '纸质增值税专用发票' },
        { value: 'paper-general', label: '纸质增值税普通发票' },
      ],
      help: '领用纸质发票的需提交发票专用章印模',
      when: { q: 'invoice', eq: 'yes' },
    },
    {
      id: 'socialSecurity',
      title: '是否同步办理单位社会保险登记',
      kind: 'single',
      options: yesNo,
      help: '用人单位应自成立之日起三十日内办理社会保险登记',
    },
    {
      id: 'housingFund',
      title: '是否同步办理住房公积金单位缴存登记',
      kind: 'single',
      options: yesNo,
      help: '新设立的单位应自设立之日起三十日内办理住房公积金缴存登记',
    },
    {
      id: 'corporateShareholder',
      title: '股东（发起人）中是否有企业或其他组织',
      kind: 'single',
      options: yesNo,
      help: '有非自然人股东的，需提交其主体资格证明',
    },
  ],
  rules,
  overrides: {},
  guide: {
    implementer: '湖南湘江新区市场监督管理局（牵头）',
    jointDepartments: ['公安局', '税务局', '人力资源和社会保障局', '住房公积金中心'],
    targets: '在湖南湘江新区申请设立的有限责任公司、股份有限公司',
    basis: [
      '《中华人民共和国公司法》',
      '《中华人民共和国市场主体登记管理条例》（国务院令第746号）',
      '《优化营商环境条例》（国务院令第722号）',
      '《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》（国发〔1999〕25号）',
      '《中华人民共和国发票管理办法》',
      '《中华人民共和国社会保险法》',
      '《住房公积金管理条例》',
      '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）',
    ],
    conditions:
      '名称经自主申报，有符合规定的住所，股东认缴出资、公司章程、组织机构和法定代表人、董事、监事、经理符合《公司法》规定；经营范围涉及登记前置许可的已取得批准文件；申请材料齐全、符合法定形式。刻章、发票、社保、公积金事项按所选情形一并办理。',
    process: [
      {
        title: '一表申报、一窗受理',
        department: '政务服务中心',
        days: 0,
        description:
          '在网上或企业开办专区综合窗口填写一张申请表、提交一套材料；材料齐全的当场受理，不齐全的一次性告知补正内容',
      },
      {
        title: '企业设立登记',
        department: '市场监督管理局',
        days: 1,
        description:
          '核准登记，生成统一社会信用代码，核发纸质及电子营业执照，登记信息实时推送各联办部门',
      },
      {
        title: '公章刻制备案',
        department: '公安局',
        days: 1,
        description: '推送刻章企业刻制，完成印章备案',
        parallel: 'after-license',
      },
      {
        title: '新办纳税人涉税事项及发票申领',
        department: '税务局',
        days: 1,
        description: '信息确认、纳税人类型登记、票种核定，发放税务 UKey 和发票',
        parallel: 'after-license',
      },
      {
        title: '单位社会保险登记',
        department: '人力资源和社会保障局',
        days: 1,
        description: '完成单位参保登记',
        parallel: 'after-license',
      },
      {
        title: '住房公积金单位缴存登记',
        department: '住房公积金中心',
        days: 1,
        description: '完成单位缴存登记，开设单位住房公积金账户',
        parallel: 'after-license',
      },
      {
        title: '统一出件',
        department: '政务服务中心',
        days: 0,
        description: '营业执照、印章、发票及税务 UKey 在综合窗口一次领取，或选择免费寄递',
      },
    ],
    timeLimit: { legal: 18, promised: 2 },
    fee: '不收费',
    location: '湖南湘江新区政务服务中心 企业开办专区',
    hours: '工作日上午 9:00—12:00，下午 13:30—17:00（法定节假日除外）',
    window: '企业开办专区综合受理窗口',
    onlineUrl: 'https://zwfw-new.hunan.gov.cn/',
    visits: 1,
    consultPhone: '0731-12345',
    complaintPhone: '12345',
    intermediaries: [
      {
        name: '印章刻制（刻章企业）',
        basis: '《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）',
        required: false,
        note: '仅选择刻制公章时涉及；由申请人从公安机关备案的刻章企业中自主选择，属市场化服务',
      },
    ],
    result: {
      name: '营业执照（纸质及电子）、印章、发票及税务 UKey、社会保险登记信息、住房公积金单位缴存登记信息',
    },
    faq: [
      {
        q: '企业开办需要跑几次？',
        a: '选择全程网上办理并免费寄递的，无需到现场；到企业开办专区现场办理的，一次提交、一次领取，最多跑一次。',
      },
      {
        q: '刻制公章要收费吗？可以自己选择刻章企业吗？',
        a: '公安机关办理印章备案不收费。刻章企业由申请人在已备案的刻章企业中自主选择，刻章费用按刻章企业公示的价格执行。',
      },
      {
        q: '申请表中的统一社会信用代码、纳税人识别号怎么填？',
        a: '新设立企业在提交时还没有代码，可不填；营业执照核发后，系统自动回填统一社会信用代码，该代码即为纳税人识别号。',
      },
      {
        q: '本次不办理社保登记或公积金缴存登记可以吗？',
        a: '可以不勾选，但用人单位应自成立之日起三十日内办理社会保险登记，新设立的单位应自设立之日起三十日内办理住房公积金缴存登记，届时可在网上或窗口单独办理。',
      },
      {
        q: '电子营业执照和纸质营业执照有什么区别？',
        a: '二者具有同等法律效力。电子营业执照在登记后自动发放，可通过电子营业执照小程序下载使用；纸质执照可窗口领取或寄递。',
      },
    ],
  },
}
