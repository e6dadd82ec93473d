import type { BundleTemplate } from '../types'

/**
 * 立项用地规划许可阶段一件事. Lead: 经济发展局 — the plan's 责任分解表 gives it the lead of the
 * 一件事 list after 政务服务中心 draws the table (row 2), and 立项 (备案 or 可研审批) is its own
 * approval that every later permit of the stage rests on.
 */
export const lixiangYongdi: BundleTemplate = {
  slug: 'lixiang-yongdi',
  name: '立项用地规划许可阶段一件事',
  leadDepartmentCode: 'jjfz',
  stage: '立项用地规划许可',
  items: ['430100-JJFZ-001', '430100-JJFZ-002', '430100-GTGH-001', '430100-GTGH-002'],
  bindings: [
    // 国土规划局's form says 用地单位 and 用地项目代码, as the permit does: the same data as the
    // applicant's name and the project code the other members ask for.
    { item: '430100-GTGH-002', path: 'sqdw.yddw', element: 'applicant.name' },
    { item: '430100-GTGH-002', path: 'ydxm.yddm', element: 'project.code' },
  ],
  situations: [
    {
      id: 'investType',
      title: '项目属于哪类投资？',
      kind: 'single',
      options: [
        { value: 'gov', label: '政府投资项目' },
        { value: 'ent', label: '企业投资项目（备案类）' },
      ],
      help: '使用预算内投资、地方政府专项债券等政府投资资金的，按政府投资项目审批可行性研究报告；企业以自有或自筹资金投资、不属于核准目录的，办理备案。',
    },
    {
      id: 'bondFunded',
      title: '是否使用地方政府专项债券资金？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
      help: '使用专项债券的项目须编制融资与收益自求平衡方案。',
      when: { q: 'investType', eq: 'gov' },
    },
    {
      id: 'landSupply',
      title: '项目用地以何种方式取得？',
      kind: 'single',
      options: [
        { value: 'allot', label: '划拨' },
        { value: 'grant', label: '出让（招标、拍卖、挂牌或协议出让）' },
      ],
      help: '以出让方式取得已依法批准的建设用地的，不再办理用地预审与选址意见书，凭出让合同申请建设用地规划许可。',
    },
  ],
  rules: [
    { target: { type: 'item', id: '430100-JJFZ-001' }, when: { q: 'investType', eq: 'ent' } },
    { target: { type: 'item', id: '430100-JJFZ-002' }, when: { q: 'investType', eq: 'gov' } },
    { target: { type: 'item', id: '430100-GTGH-001' }, when: { q: 'landSupply', eq: 'allot' } },
    {
      target: { type: 'section', id: 'item_430100_GTGH_001' },
      when: { q: 'landSupply', eq: 'allot' },
    },
    {
      target: { type: 'material', id: 'land-grant-contract' },
      when: { q: 'landSupply', eq: 'grant' },
    },
    {
      target: { type: 'material', id: 'site-selection-opinion' },
      when: { q: 'landSupply', eq: 'allot' },
    },
    {
      target: { type: 'material', id: 'land-allocation-decision' },
      when: { q: 'landSupply', eq: 'allot' },
    },
    {
      target: { type: 'material', id: 'bond-financing-plan' },
      when: { q: 'bondFunded', eq: 'yes' },
    },
  ],
  overrides: {},
  guide: {
    implementer: '湖南湘江新区经济发展局（牵头），会同国土规划局并联实施',
    jointDepartments: ['国土规划局', '政务服务中心'],
    targets:
      '在湖南湘江新区直管区域内建设的政府投资工程建设项目和实行备案管理的企业投资工程建设项目的项目单位（建设单位）',
    basis: [
      '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）',
      '《湖南省人民政府办公厅“一件事一次办”改革工作实施方案》（湘政办发〔2019〕15号）',
      '《政府投资条例》（国务院令第712号）第九条、第十一条',
      '《企业投资项目核准和备案管理条例》（国务院令第673号）第三条、第十三条',
      '《中华人民共和国土地管理法》第五十二条',
      '《中华人民共和国城乡规划法》第三十六条、第三十七条、第三十八条',
      '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）',
    ],
    conditions:
      '项目已在投资项目在线审批监管平台赋码；政府投资项目的项目建议书已批复（或按规定与可行性研究报告合并审批），' +
      '企业投资项目符合产业政策且不属于核准目录；项目选址符合国土空间规划；以划拨方式供地的已具备用地预审条件，' +
      '以出让方式供地的已签订国有建设用地使用权出让合同。',
    process: [
      {
        title: '一窗受理',
        department: '经济发展局',
        days: 1,
        description:
          '申请人在政务服务中心综合受理窗口或网上一次提交一张表单和一套材料，经济发展局牵头审核，材料齐全的当日受理并分送各部门；不齐全的一次性告知。',
      },
      {
        title: '企业投资项目备案或政府投资项目可行性研究报告审批',
        department: '经济发展局',
        days: 8,
        description: '企业投资项目信息齐全即予备案；政府投资项目组织评估后批复可行性研究报告。',
        parallel: 'lixiang',
      },
      {
        title: '建设项目用地预审与选址意见书核发',
        department: '国土规划局',
        days: 8,
        description: '划拨供地项目适用：审查选址与国土空间规划的符合性及用地规模。',
        parallel: 'lixiang',
      },
      {
        title: '建设用地规划许可证核发',
        department: '国土规划局',
        days: 5,
        description: '依据用地预审与选址意见书（划拨）或出让合同（出让）核发建设用地规划许可证。',
      },
      {
        title: '限时办结、统一出件',
        department: '经济发展局',
        days: 1,
        description: '汇总各部门结果，由综合受理窗口统一发放或免费邮寄，电子证照同步推送。',
      },
    ],
    timeLimit: { legal: 40, promised: 15 },
    fee: '不收费',
    location: '湖南湘江新区政务服务中心二楼 工程建设项目审批综合受理窗口',
    hours: '周一至周五 上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）',
    window: '工程建设项目审批综合受理窗口（立项用地规划许可）',
    onlineUrl: 'https://zwfw-new.hunan.gov.cn/',
    visits: 0,
    consultPhone: '0731-88658201',
    complaintPhone: '12345',
    intermediaries: [
      {
        name: '工程咨询（可行性研究报告编制）',
        basis: '《政府投资条例》第九条；《工程咨询行业管理办法》（国家发展和改革委员会令第9号）',
        required: false,
        note: '政府投资项目适用，由项目单位自主委托具备相应能力的工程咨询单位',
      },
      {
        name: '土地勘测定界',
        basis: '《建设项目用地预审管理办法》（国土资源部令第68号）',
        required: false,
        note: '以划拨方式供地、需办理用地预审的项目适用',
      },
      {
        name: '地籍测绘（宗地图及界址点成果）',
        basis: '《中华人民共和国测绘法》',
        required: true,
        note: '申请建设用地规划许可时提交宗地图',
      },
    ],
    result: {
      name: '企业投资项目备案证明或政府投资项目可行性研究报告批复；建设项目用地预审与选址意见书（划拨）；建设用地规划许可证',
    },
    faq: [
      {
        q: '以出让方式取得土地，还要办用地预审与选址意见书吗？',
        a: '不需要。使用已依法批准的建设用地、以出让方式取得国有土地使用权的，不再单独办理用地预审和选址意见书，凭出让合同直接申请建设用地规划许可证。',
      },
      {
        q: '企业投资项目备案需要多长时间？',
        a: '备案不是审批。项目单位在线如实告知项目信息，信息齐全即予备案，当场生成备案证明；信息不全的，一次性告知补正。',
      },
      {
        q: '项目建议书和可行性研究报告能否合并审批？',
        a: '对于建设内容简单、投资规模较小或已列入相关规划的政府投资项目，可按规定将项目建议书与可行性研究报告合并审批，此时无需提交项目建议书批复。',
      },
      {
        q: '营业执照、选址意见书等证照还要带纸质件吗？',
        a: '已纳入电子证照库的营业执照、建设项目用地预审与选址意见书等，窗口通过电子证照库调取，申请人免于提交。',
      },
    ],
  },
}
