import type { BundleTemplate } from '../types'

/**
 * 工程建设许可阶段一件事. Lead: 国土规划局 — the stage ends in its 建设工程规划许可证, the other
 * members (附属绿化方案审查, 防空地下室报建审批) are reviews of the same 建设工程设计方案 that it
 * examines, so the department that holds the design scheme leads and the others join in parallel.
 */
export const gongchengJianshe: BundleTemplate = {
  slug: 'gongcheng-jianshe',
  name: '工程建设许可阶段一件事',
  leadDepartmentCode: 'gtgh',
  stage: '工程建设许可',
  items: ['430100-GTGH-003', '430100-ZJHB-005', '430100-ZJHB-004'],
  bindings: [
    // 住建环保局's forms call the applicant 建设单位（盖章） and the project code 项目编码 without
    // binding them: the same data as the applicant's name and the project code.
    { item: '430100-ZJHB-005', path: 'applicant.applyUnit', element: 'applicant.name' },
    { item: '430100-ZJHB-004', path: 'xm.xmbm', element: 'project.code' },
  ],
  situations: [
    {
      id: 'civilDefense',
      title: '项目是否包含按规定应修建防空地下室的民用建筑？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
      help: '城市规划区内新建民用建筑，按国家和省规定的比例修建防空地下室；工业厂房等非民用建筑一般不涉及。',
    },
    {
      id: 'shelterMode',
      title: '防空地下室如何建设？',
      kind: 'single',
      options: [
        { value: 'combined', label: '全部结合修建' },
        { value: 'offsite', label: '全部易地建设' },
        { value: 'partial', label: '部分结合修建、部分易地建设' },
      ],
      help: '因地质、地形、结构等条件不宜修建或应建面积较小的，可以申请易地建设。',
      when: { q: 'civilDefense', eq: 'yes' },
    },
    {
      id: 'greenReview',
      title: '项目是否配套建设附属绿化工程？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否（不涉及新增绿地）' },
      ],
      help: '新建、改建、扩建项目按规划条件配套建设绿地的，附属绿化工程设计方案与建设工程设计方案同步审查。',
    },
  ],
  rules: [
    { target: { type: 'item', id: '430100-ZJHB-004' }, when: { q: 'civilDefense', eq: 'yes' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_004' },
      when: { q: 'civilDefense', eq: 'yes' },
    },
    {
      target: { type: 'material', id: 'offsite-construction-request' },
      when: { q: 'shelterMode', in: ['offsite', 'partial'] },
    },
    {
      target: { type: 'material', id: 'civil-defense-area-calculation' },
      when: { q: 'civilDefense', eq: 'yes' },
    },
    { target: { type: 'item', id: '430100-ZJHB-005' }, when: { q: 'greenReview', eq: 'yes' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_005' },
      when: { q: 'greenReview', eq: 'yes' },
    },
  ],
  overrides: {},
  guide: {
    implementer: '湖南湘江新区国土规划局（牵头），会同住建环保局并联实施',
    jointDepartments: ['住建环保局', '政务服务中心'],
    targets: '在湖南湘江新区直管区域内已取得建设用地规划许可、申请建设工程规划许可的建设单位',
    basis: [
      '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）',
      '《湖南省人民政府办公厅“一件事一次办”改革工作实施方案》（湘政办发〔2019〕15号）',
      '《中华人民共和国城乡规划法》第四十条',
      '《中华人民共和国人民防空法》第二十二条',
      '《城市绿化条例》第十一条',
    ],
    conditions:
      '已取得建设用地规划许可证和土地权属证明；建设工程设计方案由具备相应资质的设计单位编制，符合规划条件；' +
      '涉及防空地下室的，设计方案含地下室布局和应建面积计算；配套附属绿化的，绿地率等指标符合规划条件。',
    process: [
      {
        title: '一窗受理',
        department: '国土规划局',
        days: 1,
        description:
          '政务服务中心综合受理窗口统一收件，国土规划局牵头审核一张表单和一套材料，当日分送住建环保局。',
      },
      {
        title: '建设工程设计方案审查',
        department: '国土规划局',
        days: 6,
        description: '审查总平面布局、技术经济指标与规划条件的符合性，必要时组织方案公示。',
        parallel: 'fangan',
      },
      {
        title: '防空地下室报建审批',
        department: '住建环保局',
        days: 5,
        description: '涉及人防的项目：核定应建面积、防护类别、抗力级别和建设方式。',
        parallel: 'fangan',
      },
      {
        title: '附属绿化工程设计方案审查',
        department: '住建环保局',
        days: 5,
        description: '配套绿化的项目：审查绿地率、集中绿地和种植设计。',
        parallel: 'fangan',
      },
      {
        title: '核发建设工程规划许可证、限时办结',
        department: '国土规划局',
        days: 1,
        description: '汇总并联审查意见，核发建设工程规划许可证，统一出件并推送电子证照。',
      },
    ],
    timeLimit: { legal: 20, promised: 8 },
    fee: '不收费（申请易地建设防空地下室的，按规定缴纳防空地下室易地建设费）',
    location: '湖南湘江新区政务服务中心二楼 工程建设项目审批综合受理窗口',
    hours: '周一至周五 上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）',
    window: '工程建设项目审批综合受理窗口（工程建设许可）',
    onlineUrl: 'https://zwfw-new.hunan.gov.cn/',
    visits: 1,
    consultPhone: '0731-88658202',
    complaintPhone: '12345',
    intermediaries: [
      {
        name: '建筑工程设计（建设工程设计方案编制）',
        basis: '《建设工程勘察设计管理条例》（国务院令第293号）',
        required: true,
      },
      {
        name: '人防工程设计',
        basis: '《中华人民共和国人民防空法》第二十二条；《人民防空工程建设管理规定》',
        required: false,
        note: '涉及防空地下室的项目适用，可由具备人防设计能力的主体设计单位承担',
      },
      {
        name: '园林景观（附属绿化工程）设计',
        basis: '《城市绿化条例》第十一条',
        required: false,
        note: '配套附属绿化工程的项目适用',
      },
    ],
    result: {
      name: '建设工程规划许可证；防空地下室报建审批意见（涉及人防的）；附属绿化工程设计方案审查意见（配套绿化的）',
    },
    faq: [
      {
        q: '人防、绿化审查要分别去住建环保局办吗？',
        a: '不需要。在综合受理窗口一次提交，国土规划局牵头受理后分送住建环保局并联审查，结果统一出件。',
      },
      {
        q: '什么情况下可以申请防空地下室易地建设？',
        a: '因地质、地形、施工条件或建筑结构等原因不宜修建，或按比例应建面积较小不宜单独修建的，可以申请易地建设，并按规定缴纳易地建设费。',
      },
      {
        q: '附属绿化工程设计单位必须和建筑设计单位是同一家吗？',
        a: '不必。附属绿化（景观）设计可以由具备相应能力的其他设计单位承担，申请表中单独填写绿化工程设计单位。',
      },
    ],
  },
}
