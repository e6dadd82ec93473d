import type { BundleTemplate } from '../types'

/**
 * 竣工验收阶段一件事 (联合验收). Lead: 政务服务中心 — the stage joins 国土规划局 (规划条件核实) and
 * 住建环保局 (消防、人防、竣工验收备案) on one site visit; neither approving department should lead
 * the other's acceptance, and the plan's 责任分解表 makes 政务服务中心 the lead of 一张表 and
 * 只进一个厅, so its 综合受理窗口 takes the application and schedules the joint acceptance.
 */
export const jungongYanshou: BundleTemplate = {
  slug: 'jungong-yanshou',
  name: '竣工验收阶段一件事',
  leadDepartmentCode: 'zwfw',
  stage: '竣工验收',
  items: [
    '430100-GTGH-004',
    '430100-ZJHB-007',
    '430100-ZJHB-008',
    '430100-ZJHB-009',
    '430100-ZJHB-006',
  ],
  bindings: [
    // 人防工程竣工验收备案表 names the 建设单位联系人 without binding it: the same person as the
    // contact the other members ask for.
    { item: '430100-ZJHB-009', path: 'jsdw.jsdwlxr', element: 'contact.name' },
  ],
  situations: [
    {
      id: 'fireCategory',
      title: '工程属于哪类消防验收管理？',
      kind: 'single',
      options: [
        { value: 'special', label: '特殊建设工程（申请消防验收）' },
        { value: 'other', label: '其他建设工程（办理消防验收备案）' },
      ],
      help: '人员密集场所、高层公共建筑、单体建筑面积超过规定规模的公共建筑等属于特殊建设工程，见《建设工程消防设计审查验收管理暂行规定》第十四条。',
    },
    {
      id: 'civilDefense',
      title: '工程是否结合修建了防空地下室？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否（未修建或已全部易地建设）' },
      ],
    },
    {
      id: 'housing',
      title: '工程是否为商品住宅？',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
      help: '商品住宅工程备案时须提交《住宅质量保证书》和《住宅使用说明书》。',
    },
  ],
  rules: [
    { target: { type: 'item', id: '430100-ZJHB-007' }, when: { q: 'fireCategory', eq: 'special' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_007' },
      when: { q: 'fireCategory', eq: 'special' },
    },
    { target: { type: 'item', id: '430100-ZJHB-008' }, when: { q: 'fireCategory', eq: 'other' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_008' },
      when: { q: 'fireCategory', eq: 'other' },
    },
    { target: { type: 'item', id: '430100-ZJHB-009' }, when: { q: 'civilDefense', eq: 'yes' } },
    {
      target: { type: 'section', id: 'item_430100_ZJHB_009' },
      when: { q: 'civilDefense', eq: 'yes' },
    },
    {
      target: { type: 'material', id: 'housing-quality-guarantee' },
      when: { q: 'housing', eq: 'yes' },
    },
  ],
  overrides: {},
  guide: {
    implementer: '湖南湘江新区政务服务中心（牵头），国土规划局、住建环保局联合验收',
    jointDepartments: ['国土规划局', '住建环保局'],
    targets:
      '在湖南湘江新区直管区域内已完工、由建设单位组织竣工验收的房屋建筑和市政基础设施工程的建设单位',
    basis: [
      '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）',
      '《湖南省人民政府办公厅“一件事一次办”改革工作实施方案》（湘政办发〔2019〕15号）',
      '《中华人民共和国城乡规划法》第四十五条',
      '《中华人民共和国消防法》第十三条',
      '《建设工程质量管理条例》第四十九条',
      '《房屋建筑和市政基础设施工程竣工验收备案管理办法》（建设部令第78号）',
      '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）',
    ],
    conditions:
      '工程已按设计和合同完成全部内容；已完成竣工规划核实测量；建设单位已组织勘察、设计、施工、监理等单位竣工验收合格，' +
      '消防设施检测合格；结合修建防空地下室的，人防工程已验收合格。',
    process: [
      {
        title: '一窗受理、制定联合验收方案',
        department: '政务服务中心',
        days: 1,
        description:
          '综合受理窗口收取一张表单和一套材料，分送各部门，并商定联合现场验收时间，一次性通知建设单位。',
      },
      {
        title: '规划条件核实',
        department: '国土规划局',
        days: 5,
        description: '核对竣工规划核实测量成果与建设工程规划许可内容，参加联合现场验收。',
        parallel: 'lianhe',
      },
      {
        title: '消防验收或消防验收备案',
        department: '住建环保局',
        days: 5,
        description: '特殊建设工程现场评定并出具消防验收意见；其他建设工程备案并按比例抽查。',
        parallel: 'lianhe',
      },
      {
        title: '人民防空工程竣工验收备案',
        department: '住建环保局',
        days: 3,
        description: '结合修建防空地下室的工程适用。',
        parallel: 'lianhe',
      },
      {
        title: '竣工验收备案、统一出件',
        department: '住建环保局',
        days: 2,
        description:
          '收齐各部门认可文件后办理竣工验收备案，由综合受理窗口统一出具联合验收意见和备案证明。',
      },
    ],
    timeLimit: { legal: 30, promised: 8 },
    fee: '不收费',
    location: '湖南湘江新区政务服务中心二楼 工程建设项目审批综合受理窗口',
    hours: '周一至周五 上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）',
    window: '工程建设项目审批综合受理窗口（竣工联合验收）',
    onlineUrl: 'https://zwfw-new.hunan.gov.cn/',
    visits: 1,
    consultPhone: '0731-88658204',
    complaintPhone: '12345',
    intermediaries: [
      {
        name: '竣工规划核实测量',
        basis: '《中华人民共和国城乡规划法》第四十五条；《中华人民共和国测绘法》',
        required: true,
      },
      {
        name: '建设工程质量检测',
        basis: '《建设工程质量检测管理办法》（住房和城乡建设部令第57号）',
        required: true,
      },
      {
        name: '消防设施检测',
        basis: '《中华人民共和国消防法》第三十四条',
        required: false,
        note: '建设单位组织竣工验收时，消防设施性能、系统功能联调联试须检测合格，可委托消防技术服务机构',
      },
      {
        name: '人防防护设备质量检测',
        basis: '《人民防空工程建设管理规定》（国人防办字〔2003〕18号）',
        required: false,
        note: '结合修建防空地下室的工程适用',
      },
      {
        name: '房产测绘',
        basis: '《房产测绘管理办法》（建设部、国家测绘局令第83号）',
        required: false,
        note: '办理不动产首次登记需要，可与竣工规划核实测量“多测合一”',
      },
    ],
    result: {
      name: '建设工程规划条件核实意见；特殊建设工程消防验收意见书或消防验收备案凭证；人民防空工程竣工验收备案证明（涉及人防的）；房屋建筑和市政基础设施工程竣工验收备案证明',
    },
    faq: [
      {
        q: '联合验收要分别约各部门到现场吗？',
        a: '不需要。综合受理窗口受理后统一商定现场验收时间，国土规划局、住建环保局一次到场，建设单位只需组织一次。',
      },
      {
        q: '怎么判断是申请消防验收还是办理消防验收备案？',
        a: '属于《建设工程消防设计审查验收管理暂行规定》第十四条所列特殊建设工程的，申请消防验收；其他按规定需要消防设计的建设工程，竣工验收合格后办理消防验收备案。',
      },
      {
        q: '竣工规划核实测量和房产测绘能否只测一次？',
        a: '可以。按“多测合一”要求委托一家测绘单位一次测量，成果在规划核实、不动产登记等环节共享使用。',
      },
      {
        q: '竣工验收备案有时间要求吗？',
        a: '有。建设单位应当自工程竣工验收合格之日起 15 日内办理竣工验收备案。',
      },
    ],
  },
}
