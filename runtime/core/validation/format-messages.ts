/**
 * What each string format expects, completing 「…」格式不正确：应为… / "…" is not valid: expected ….
 * Every Chinese format has its own entry; the ajv-formats ones used in forms are covered too.
 */
export const formatExplanations: Record<string, { zh: string; en: string }> = {
  'cn-id': {
    zh: '18位居民身份证号码（末位校验码可为大写 X）',
    en: 'an 18-character PRC resident ID number (check character X in uppercase)',
  },
  uscc: {
    zh: '18位统一社会信用代码',
    en: 'an 18-character unified social credit code (统一社会信用代码)',
  },
  'cn-mobile': {
    zh: '11位手机号码（不含 +86 等前缀）',
    en: 'an 11-digit mainland mobile number without a +86 prefix',
  },
  'cn-phone': {
    zh: '带区号的固定电话号码（如 0731-88886666，可加 -分机号）或 400/800 号码',
    en: 'a landline number with area code (e.g. 0731-88886666, optional -extension) or a 400/800 number',
  },
  'cn-postcode': { zh: '6位邮政编码', en: 'a 6-digit mainland postcode' },
  'cn-division': {
    zh: '6位行政区划代码（如 430104）',
    en: 'a 6-digit administrative division code (e.g. 430104)',
  },
  'project-code': {
    zh: '投资项目统一代码（如 2104-430104-04-01-123456）',
    en: 'an investment project code (e.g. 2104-430104-04-01-123456)',
  },
  email: { zh: '电子邮箱地址', en: 'an email address' },
  date: { zh: '日期（如 2024-01-31）', en: 'a date (e.g. 2024-01-31)' },
  time: { zh: '时间（如 09:30:00+08:00）', en: 'a time (e.g. 09:30:00+08:00)' },
  'date-time': {
    zh: '日期时间（如 2024-01-31T09:30:00+08:00）',
    en: 'a date and time (e.g. 2024-01-31T09:30:00+08:00)',
  },
  duration: { zh: '时长（如 P3D）', en: 'a duration (e.g. P3D)' },
  uri: { zh: '网址（如 https://example.cn）', en: 'a URL (e.g. https://example.cn)' },
  'uri-reference': { zh: '网址或相对地址', en: 'a URL or relative reference' },
  url: { zh: '网址（如 https://example.cn）', en: 'a URL (e.g. https://example.cn)' },
  hostname: { zh: '域名', en: 'a host name' },
  ipv4: { zh: 'IPv4 地址', en: 'an IPv4 address' },
  ipv6: { zh: 'IPv6 地址', en: 'an IPv6 address' },
  uuid: { zh: 'UUID', en: 'a UUID' },
  regex: { zh: '正则表达式', en: 'a regular expression' },
}
