import type { BundleTemplate } from '../types'

/**
 * 施工许可阶段一件事. Lead: 政务服务中心 — every member item belongs to 住建环保局, which the plan's
 * 责任分解表 never names as a lead; the table makes 政务服务中心 the lead of 一张表, 只进一个厅 and
 * 审批权限向行政审批处集中, so the centre's 综合受理窗口 takes the one application and the one set
 * of materials and hands each part to the approving sections.
 */
export const shigongXuke: BundleTemplate = {
  slug: 'shigong-xuke',
  name: '施工许可阶段一件事',
  leadDepartmentCode: 'zwfw',
  stage: '施工许可',
  items: ['430100-ZJHB-001', '430100-ZJHB-003', '430100-ZJHB-002'],
  bindings: [
    // 建筑垃圾处置核准 asks for the 工地地址 without binding it: the site of these works is where the
    // project is built.
    { item: '430100-ZJHB-003', path: 'project.site_address', element: 'project.location' },
  ],
  situations: [
    {
      id: 'supervision',
      title: '工程是否属于依法必须实行监理的工程？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
      help: '国家重点建设工程、大中型公用事业工程、成片开发的住宅小区工程、利用外国政府或国际组织贷款援助资金的工程等，必须实行监理。',
    },
    {
      id: 'wasteDisposal',
      title: '施工中是否产生需要外运处置的建筑垃圾（含渣土、泥浆）？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否（场内平衡，不外运）' },
      ],
    },
    {
      id: 'eiaRegistration',
      title: '项目是否应填报建设项目环境影响登记表且尚未备案？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否（已备案，或应编制报告书、报告表，或不纳入环评管理）' },
      ],
      help: '按《建设项目环境影响评价分类管理名录》判断；应编制报告书、报告表的项目另行办理环评审批。',
    },
  ],
  rules: [
    {
      target: { type: 'material', id: 'supervision-contract' },
      when: { q: 'supervision', eq: 'yes' },
    },
    { target: { type: 'item', id: '430100-ZJHB-003' }, when: { q: 'wasteDisposal', eq: 'yes' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_003' },
      when: { q: 'wasteDisposal', eq: 'yes' },
    },
    { target: { type: 'item', id: '430100-ZJHB-002' }, when: { q: 'eiaRegistration', eq: 'yes' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_002' },
      when: { q: 'eiaRegistration', eq: 'yes' },
    },
  ],
  overrides: {},
  guide: {
    implementer: '湖南湘江新区政务服务中心（牵头），住建环保局并联实施',
    jointDepartments: ['住建环保局'],
    targets:
      '在湖南湘江新区直管区域内已取得建设工程规划许可、确定施工单位、申请开工的房屋建筑和市政基础设施工程建设单位',
    basis: [
      '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）',
      '《湖南省人民政府办公厅“一件事一次办”改革工作实施方案》（湘政办发〔2019〕15号）',
      '《中华人民共和国建筑法》第七条、第八条',
      '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）第四条',
      '《城市建筑垃圾管理规定》（建设部令第139号）第七条',
      '《建设项目环境影响登记表备案管理办法》（环境保护部令第41号）',
    ],
    conditions:
      '已办理用地批准手续并取得建设工程规划许可证；施工场地已基本具备施工条件；已依法确定施工企业；' +
      '施工图设计文件已审查合格；有保证工程质量和安全的具体措施并落实建设资金；' +
      '外运建筑垃圾的已落实运输单位和消纳场所。',
    process: [
      {
        title: '一窗受理',
        department: '政务服务中心',
        days: 1,
        description:
          '综合受理窗口统一收取一张表单和一套材料，当场核验电子证照，材料齐全的即时受理并分送住建环保局各审批科室。',
      },
      {
        title: '建筑工程施工许可审查',
        department: '住建环保局',
        days: 3,
        description: '审查施工许可条件，核发建筑工程施工许可证（电子证照）。',
        parallel: 'shigong',
      },
      {
        title: '城市建筑垃圾处置核准',
        department: '住建环保局',
        days: 3,
        description: '外运建筑垃圾的工程：核准处置方案、运输单位和消纳场所。',
        parallel: 'shigong',
      },
      {
        title: '建设项目环境影响登记表备案',
        department: '住建环保局',
        days: 1,
        description: '登记表类项目：在备案系统即时备案，生成备案回执。',
        parallel: 'shigong',
      },
      {
        title: '限时办结、统一出件',
        department: '政务服务中心',
        days: 1,
        description: '汇总各项结果，统一发放或免费邮寄。',
      },
    ],
    timeLimit: { legal: 20, promised: 5 },
    fee: '不收费',
    location: '湖南湘江新区政务服务中心二楼 工程建设项目审批综合受理窗口',
    hours: '周一至周五 上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）',
    window: '工程建设项目审批综合受理窗口（施工许可）',
    onlineUrl: 'https://zwfw-new.hunan.gov.cn/',
    visits: 1,
    consultPhone: '0731-88658203',
    complaintPhone: '12345',
    intermediaries: [
      {
        name: '工程勘察',
        basis: '《建设工程勘察设计管理条例》（国务院令第293号）',
        required: true,
      },
      {
        name: '施工图设计',
        basis: '《建设工程勘察设计管理条例》（国务院令第293号）',
        required: true,
      },
      {
        name: '施工图设计文件审查',
        basis:
          '《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》（住房和城乡建设部令第13号）',
        required: true,
        note: '消防、人防等专项技术审查并入施工图联合审查',
      },
      {
        name: '工程监理',
        basis:
          '《建设工程质量管理条例》第十二条；《建设工程监理范围和规模标准规定》（建设部令第86号）',
        required: false,
        note: '依法必须实行监理的工程适用',
      },
      {
        name: '招标代理',
        basis: '《中华人民共和国招标投标法》第十二条',
        required: false,
        note: '建设单位不具备自行招标能力时委托',
      },
    ],
    result: {
      name: '建筑工程施工许可证；城市建筑垃圾处置核准决定（外运建筑垃圾的）；建设项目环境影响登记表备案回执（登记表类项目）',
    },
    faq: [
      {
        q: '还需要提交建设资金已落实的银行证明吗？',
        a: '不需要。建设单位在承诺书中对施工场地条件、资金安排和质量安全措施作出承诺即可，部门事中事后核查。',
      },
      {
        q: '项目分标段施工的，施工许可证怎么办理？',
        a: '可以按标段分别申请施工许可证。申请表中“工程名称”“建设规模”按本次申请的标段填写，项目名称和项目代码填写整个项目的。',
      },
      {
        q: '建筑垃圾处置核准可以由施工单位申请吗？',
        a: '可以。申请单位可以是建设单位，也可以是承担建筑垃圾处置的施工单位；申请表中“建设单位”仍须填写本项目的建设单位。',
      },
    ],
  },
}
