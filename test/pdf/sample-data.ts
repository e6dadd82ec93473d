/** Plausible filled-in data for a form, for looking at prefilled PDFs (docs/img/pdf-*.png). */
import { FORMAT_SAMPLES } from '../../runtime/core/merge/testing/test-ajv'
import type { JsonSchema } from '../../runtime/core/types'
import { choicesOf, nodeKind } from '../../runtime/pdf/layout/classify'

const TEXT: Record<string, string> = {
  name: '长沙湘江智造科技有限公司',
  address: '湖南省长沙市岳麓区麓谷大道 668 号麓谷企业广场 A 栋 1201 室',
  businessScope:
    '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机系统服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
}

export function sampleData(s: JsonSchema, key = '', depth = 0): unknown {
  const kind = nodeKind(s, {})
  if (kind === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      const value = sampleData(v as JsonSchema, k, depth + 1)
      if (value !== undefined) out[k] = value
    }
    return out
  }
  if (kind === 'table' || kind === 'list')
    return [0, 1].map(() => sampleData(s.items as JsonSchema, key, depth + 1))
  if (kind === 'choice') return choicesOf(s)?.values[0]
  if (kind === 'boolean') return true
  if (kind === 'multi') return choicesOf(s.items as JsonSchema)?.values.slice(0, 2)
  if (kind === 'number') {
    const n = Math.max(s.minimum ?? 0, Math.min(s.maximum ?? 1e9, s['x-money'] ? 1280.5 : 36))
    return s.type === 'integer' ? Math.round(n) : n
  }
  if (kind === 'text' || kind === 'multiline') {
    if (s.format === 'date') return '2026-01-15'
    if (s.format && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format]![0]
    if (s.enum) return s.enum[0]
    if (s.pattern) return undefined
    const t = TEXT[key] ?? `${s.title ?? key}（示例）`
    return s.maxLength !== undefined ? t.slice(0, s.maxLength) : t
  }
  return undefined
}
