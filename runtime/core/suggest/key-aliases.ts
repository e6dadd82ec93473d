/** Field keys: lowercase letters and digits only (`credit_code`, `creditCode` → `creditcode`). */
export const normalizeKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * Keys common in Chinese government forms (English, camelCase and pinyin initials such as `dwmc` =
 * 单位名称), by the element id they usually mean. Without a pinyin dictionary initials cannot be
 * derived, so the frequent ones are listed.
 */
const ALIASES: Record<string, string[]> = {
  'applicant.name': [
    'applicantname',
    'companyname',
    'unitname',
    'orgname',
    'enterprisename',
    'corpname',
    'dwmc',
    'qymc',
    'sqdwmc',
    'jsdwmc',
    'xmdwmc',
  ],
  'applicant.uscc': [
    'uscc',
    'creditcode',
    'socialcreditcode',
    'unifiedsocialcreditcode',
    'tyshxydm',
    'shxydm',
  ],
  'applicant.address': ['registeredaddress', 'zcdz'],
  'legalRep.name': ['legalrep', 'legalrepresentative', 'legalperson', 'fddbr', 'frdb'],
  'contact.name': ['contactname', 'contactperson', 'lxr'],
  'contact.phone': ['contactphone', 'contacttel', 'lxdh'],
  'contact.mobile': ['contactmobile', 'lxrsj'],
  'contact.postcode': ['postcode', 'zipcode', 'postalcode', 'yzbm'],
  'project.name': ['projectname', 'xmmc'],
  'project.code': ['projectcode', 'xmdm', 'tzxmdm'],
  'project.location': ['projectaddress', 'projectlocation', 'jsdd'],
  'investment.total': ['totalinvestment', 'ztz'],
  'agent.name': ['agentname', 'jbr', 'jbrxm'],
}

const BY_KEY = new Map<string, string>()
for (const [id, keys] of Object.entries(ALIASES)) for (const k of keys) BY_KEY.set(k, id)

/** The element id an alias key usually means, or undefined. */
export const aliasOf = (normalizedKey: string): string | undefined => BY_KEY.get(normalizedKey)

/** Last id segments too common to identify an element on their own. */
export const GENERIC_KEYS = new Set([
  'name',
  'code',
  'type',
  'phone',
  'mobile',
  'tel',
  'address',
  'email',
  'date',
  'remark',
  'remarks',
  'note',
  'title',
  'id',
  'no',
  'number',
  'value',
  'status',
  'desc',
  'description',
  'division',
  'area',
  'amount',
  'total',
  'scale',
  'nature',
  'idnumber',
  'idtype',
  'fax',
  'postcode',
])
