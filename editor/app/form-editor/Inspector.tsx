/**
 * The inspector: the selected node's properties, each written through the core's `update` (or
 * `bind`) command, so every edit is undoable and refused edits say why in Chinese. Each row is a
 * memoized component with the few values it shows as props, so typing in one input re-renders
 * that row (and the canvas node), not the whole panel.
 */
import {
  Button,
  Checkbox,
  Empty,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Switch,
  Tag,
  Tooltip,
  Typography,
} from 'antd'
import { memo, type ReactNode, useDeferredValue, useId, useMemo, useState } from 'react'
import type { Element } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  bindingSuggester,
  type ChoiceOption,
  commands as cmd,
  type EditorNode,
  editableProperties,
  type FieldPatch,
  fieldTypeOf,
  keyProblem,
  type NodeId,
  pathOf,
  readOptions,
} from '../../core'
import { DraftInput } from './fields'
import { OptionsEditor } from './OptionsEditor'
import { ProblemsList } from './ProblemsPanel'
import { RuleEditor } from './RuleEditor'
import { useNode, useStore, useStoreValue } from './store-hooks'

export function Inspector() {
  const { t } = useI18n()
  const selection = useStoreValue((s) => s.h.present.selection)
  const root = useStoreValue((s) => s.h.present.root)
  const node = useNode(selection ?? root)
  if (!node) return <Empty description={t('insp.nothing')} />
  return <NodeInspector node={node} />
}

function Row({
  label,
  children,
  help,
  htmlFor,
}: {
  label: string
  children: ReactNode
  help?: string
  htmlFor?: string
}) {
  return (
    <div className="insp-row">
      <label className="insp-label" htmlFor={htmlFor}>
        {label}
        {help && (
          <>
            <span className="sr-only">（{help}）</span>
            <Tooltip title={help}>
              <span className="insp-help-mark" aria-hidden="true">
                ?
              </span>
            </Tooltip>
          </>
        )}
      </label>
      <div className="insp-control">{children}</div>
    </div>
  )
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const num = (v: unknown) => (typeof v === 'number' ? v : null)
const widthOf = (node: EditorNode) => {
  const o = node.ui['ui:options'] as Record<string, unknown> | undefined
  return o?.width === 'half' || o?.width === 'third' ? (o.width as string) : 'full'
}

/** Dispatch helpers bound to the store (stable across renders). */
function useEdit(id: NodeId) {
  const store = useStore()
  return useMemo(
    () => ({
      update: (patch: FieldPatch) => store.dispatch(cmd.update(id, patch)),
      tryUpdate: (patch: FieldPatch) => store.tryDispatch(cmd.update(id, patch)),
      blur: () => store.breakCoalescing(),
    }),
    [store, id],
  )
}

function NodeInspector({ node }: { node: EditorNode }) {
  const { t } = useI18n()
  const type = node.kind === 'field' ? fieldTypeOf(node.schema, node.ui) : node.kind
  const props = new Set<string>(editableProperties(node))
  const id = node.id
  const s = node.schema
  const kindLabel =
    node.kind === 'root'
      ? t('canvas.form')
      : node.kind === 'section'
        ? t('kind.section')
        : node.kind === 'table'
          ? t('kind.table')
          : t(`type.${type}`)
  const options =
    type === 'radio' || type === 'select' || type === 'checkboxes'
      ? readOptions(node.schema, node.ui)
      : undefined
  return (
    <div className="insp">
      <Head id={id} label={kindLabel} />
      <NodeProblems id={id} />

      <h3 className="insp-section">{t('insp.basic')}</h3>
      <TextRow
        id={id}
        field="title"
        first
        label={node.kind === 'root' ? t('insp.formTitle') : t('insp.fieldTitle')}
        value={str(s.title)}
      />
      {props.has('key') && (
        <KeyRow id={id} parent={node.parent} value={node.key} auto={!!node.autoKey} />
      )}
      {props.has('required') && (
        <RequiredRow id={id} checked={node.required} section={node.kind === 'section'} />
      )}
      {props.has('description') && (
        <TextRow
          id={id}
          field="description"
          multiline
          rows={type === 'note' ? 3 : 1}
          label={type === 'note' ? t('insp.noteText') : t('insp.description')}
          value={str(s.description)}
        />
      )}
      {props.has('placeholder') && (
        <TextRow
          id={id}
          field="placeholder"
          label={t('insp.placeholder')}
          value={str(node.ui['ui:placeholder'])}
        />
      )}
      {props.has('help') && (
        <TextRow id={id} field="help" label={t('insp.help')} value={str(node.ui['ui:help'])} />
      )}
      {props.has('widget') && <WidgetRow id={id} type={type} />}
      {/* right after the basic rows: binding may replace the options and checks below */}
      {props.has('element') && (
        <Binding id={id} bound={typeof s['x-element'] === 'string' ? s['x-element'] : null} />
      )}
      {options && (
        <>
          <h3 className="insp-section">{t('insp.options')}</h3>
          <OptionsEditor id={id} options={options} />
        </>
      )}
      {['minLength', 'minimum', 'minItems', 'pattern', 'money'].some((k) => props.has(k)) && (
        <Constraints
          id={id}
          type={type}
          length={props.has('minLength')}
          range={props.has('minimum')}
          items={props.has('minItems')}
          money={props.has('money') ? str(s['x-money']) || '元' : null}
          pattern={props.has('pattern') ? str(s.pattern) : null}
          minLength={num(s.minLength)}
          maxLength={num(s.maxLength)}
          minimum={num(s.minimum)}
          maximum={num(s.maximum)}
          minItems={num(s.minItems)}
          maxItems={num(s.maxItems)}
        />
      )}
      {props.has('default') && !['other', 'list', 'dateRange', 'note'].includes(type) && (
        <DefaultRow id={id} type={type} value={s.default} options={options} />
      )}
      {props.has('visibleWhen') && (
        <>
          <h3 className="insp-section">{t('insp.visibility')}</h3>
          <RuleEditor id={id} rule={s['x-visible-when']} />
        </>
      )}
      {props.has('width') && <WidthRow id={id} width={widthOf(node)} />}
      {node.kind === 'root' && <FormOverview />}
    </div>
  )
}

const Head = memo(function Head({ id, label }: { id: NodeId; label: string }) {
  const path = useStoreValue((s) => pathOf(s.h.present, id))
  return (
    <div className="insp-head">
      <Tag color="blue">{label}</Tag>
      {path && <code className="insp-path">{path}</code>}
    </div>
  )
})

const NodeProblems = memo(function NodeProblems({ id }: { id: NodeId }) {
  const problems = useStoreValue((s) => s.problems)
  const mine = useMemo(() => problems.filter((p) => p.id === id), [problems, id])
  return mine.length > 0 ? <ProblemsList problems={mine} compact /> : null
})

type TextField = 'title' | 'description' | 'placeholder' | 'help'

const TextRow = memo(function TextRow({
  id,
  field,
  label,
  value,
  first,
  multiline,
  rows = 1,
}: {
  id: NodeId
  field: TextField
  label: string
  value: string
  first?: boolean
  multiline?: boolean
  rows?: number
}) {
  const { update, blur } = useEdit(id)
  const htmlId = useId()
  // an emptied title stays '' (a problem the list names); other texts are removed
  const set = (v: string) => update({ [field]: field === 'title' ? v : v || null })
  return (
    <Row label={label} htmlFor={htmlId}>
      {multiline ? (
        <Input.TextArea
          id={htmlId}
          autoSize={{ minRows: rows, maxRows: 8 }}
          value={value}
          onChange={(e) => set(e.target.value)}
          onBlur={blur}
        />
      ) : (
        <Input
          id={htmlId}
          data-inspector-first={first ? '' : undefined}
          value={value}
          onChange={(e) => set(e.target.value)}
          onBlur={blur}
        />
      )}
    </Row>
  )
})

const KeyRow = memo(function KeyRow({
  id,
  parent,
  value,
  auto,
}: {
  id: NodeId
  parent: NodeId | null
  value: string
  auto: boolean
}) {
  const { t } = useI18n()
  const store = useStore()
  const { tryUpdate, blur } = useEdit(id)
  const htmlId = useId()
  const siblingKeys = () =>
    (parent ? (store.state.nodes[parent]?.children ?? []) : [])
      .filter((c) => c !== id)
      .map((c) => store.state.nodes[c]?.key ?? '')
  return (
    <Row label={t('insp.key')} help={t('insp.keyHelp')} htmlFor={htmlId}>
      <DraftInput
        id={htmlId}
        mono
        value={value}
        check={(k) => keyProblem(k, siblingKeys())}
        onCommit={(k) => tryUpdate({ key: k })}
        onBlur={blur}
        addon={
          auto ? (
            <span className="insp-auto" title={t('insp.autoKey')}>
              {t('insp.auto')}
            </span>
          ) : undefined
        }
      />
    </Row>
  )
})

const RequiredRow = memo(function RequiredRow({
  id,
  checked,
  section,
}: {
  id: NodeId
  checked: boolean
  section: boolean
}) {
  const { t } = useI18n()
  const { update } = useEdit(id)
  const htmlId = useId()
  return (
    <Row
      label={t('insp.required')}
      htmlFor={htmlId}
      help={section ? t('insp.sectionRequiredHelp') : undefined}
    >
      <Switch id={htmlId} checked={checked} onChange={(v) => update({ required: v })} />
    </Row>
  )
})

const WidgetRow = memo(function WidgetRow({ id, type }: { id: NodeId; type: string }) {
  const { t } = useI18n()
  const { update } = useEdit(id)
  if (type === 'radio' || type === 'select')
    return (
      <Row label={t('insp.widget')}>
        <Segmented
          value={type}
          onChange={(v) => update({ widget: v as string })}
          options={[
            { value: 'radio', label: t('insp.widgetRadio') },
            { value: 'select', label: t('insp.widgetSelect') },
          ]}
        />
      </Row>
    )
  if (type === 'text' || type === 'textarea')
    return (
      <Row label={t('insp.widget')}>
        <Segmented
          value={type}
          onChange={(v) => update({ widget: v === 'textarea' ? 'textarea' : null })}
          options={[
            { value: 'text', label: t('insp.widgetText') },
            { value: 'textarea', label: t('insp.widgetTextarea') },
          ]}
        />
      </Row>
    )
  return null
})

const WidthRow = memo(function WidthRow({ id, width }: { id: NodeId; width: string }) {
  const { t } = useI18n()
  const { update } = useEdit(id)
  return (
    <>
      <h3 className="insp-section">{t('insp.layout')}</h3>
      <Row label={t('insp.width')}>
        <Segmented
          value={width}
          onChange={(v) => update({ width: v === 'full' ? null : (v as 'half' | 'third') })}
          options={[
            { value: 'full', label: t('insp.widthFull') },
            { value: 'half', label: t('insp.widthHalf') },
            { value: 'third', label: t('insp.widthThird') },
          ]}
        />
      </Row>
    </>
  )
})

type ConstraintProps = {
  id: NodeId
  type: string
  length: boolean
  range: boolean
  items: boolean
  money: string | null
  pattern: string | null
  minLength: number | null
  maxLength: number | null
  minimum: number | null
  maximum: number | null
  minItems: number | null
  maxItems: number | null
}

const Constraints = memo(function Constraints(p: ConstraintProps) {
  const { t } = useI18n()
  const { update, tryUpdate, blur } = useEdit(p.id)
  const pair = (
    lo: 'minLength' | 'minimum' | 'minItems',
    hi: 'maxLength' | 'maximum' | 'maxItems',
    label: string,
    unit?: string,
    count = true,
  ) => (
    <Row label={label}>
      <Space.Compact block>
        <InputNumber
          aria-label={`${label} ${t('insp.min')}`}
          placeholder={t('insp.min')}
          value={p[lo]}
          min={count ? 0 : undefined}
          precision={count ? 0 : undefined}
          onChange={(v) => update({ [lo]: typeof v === 'number' ? v : null })}
          onBlur={blur}
          style={{ width: '50%' }}
        />
        <InputNumber
          aria-label={`${label} ${t('insp.max')}`}
          placeholder={t('insp.max')}
          value={p[hi]}
          min={count ? 0 : undefined}
          precision={count ? 0 : undefined}
          onChange={(v) => update({ [hi]: typeof v === 'number' ? v : null })}
          onBlur={blur}
          style={{ width: '50%' }}
          suffix={unit}
        />
      </Space.Compact>
    </Row>
  )
  return (
    <>
      <h3 className="insp-section">{t('insp.constraints')}</h3>
      {p.length && pair('minLength', 'maxLength', t('insp.length'), t('insp.chars'))}
      {p.range && pair('minimum', 'maximum', t('insp.range'), undefined, false)}
      {p.items &&
        pair('minItems', 'maxItems', p.type === 'table' ? t('insp.rows') : t('insp.items'))}
      {p.money !== null && (
        <Row label={t('insp.moneyUnit')}>
          <Segmented
            value={p.money}
            onChange={(v) => update({ money: v as '元' | '万元' })}
            options={['元', '万元']}
          />
        </Row>
      )}
      {p.pattern !== null && (
        <Row label={t('insp.pattern')} help={t('insp.patternHelp')}>
          <DraftInput
            mono
            aria-label={t('insp.pattern')}
            value={p.pattern}
            placeholder="^[A-Z0-9]{6}$"
            onCommit={(v) => tryUpdate({ pattern: v === '' ? null : v })}
            onBlur={blur}
          />
        </Row>
      )}
    </>
  )
})

const DefaultRow = memo(function DefaultRow({
  id,
  type,
  value,
  options,
}: {
  id: NodeId
  type: string
  value: unknown
  options: ChoiceOption[] | undefined
}) {
  const { t } = useI18n()
  const { update } = useEdit(id)
  const label = t('insp.default')
  const onChange = (v: unknown) => update({ default: v })
  let control: ReactNode
  switch (type) {
    case 'number':
    case 'money':
      control = (
        <InputNumber
          aria-label={label}
          value={num(value)}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
          style={{ width: '100%' }}
        />
      )
      break
    case 'boolean':
      control = (
        <Select
          aria-label={label}
          value={value === true ? 'true' : value === false ? 'false' : ''}
          onChange={(v) => onChange(v === '' ? null : v === 'true')}
          options={[
            { value: '', label: t('insp.noDefault') },
            { value: 'true', label: '是' },
            { value: 'false', label: '否' },
          ]}
        />
      )
      break
    case 'radio':
    case 'select':
    case 'checkboxes': {
      const choices = (options ?? []).map((o) => ({
        value: JSON.stringify(o.value),
        label: o.label ?? String(o.value),
      }))
      control =
        type === 'checkboxes' ? (
          <Select
            aria-label={label}
            mode="multiple"
            allowClear
            value={Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : []}
            onChange={(vs: string[]) => onChange(vs.length ? vs.map((v) => JSON.parse(v)) : null)}
            options={choices}
          />
        ) : (
          <Select
            aria-label={label}
            allowClear
            placeholder={t('insp.noDefault')}
            value={value === undefined ? undefined : JSON.stringify(value)}
            onChange={(v?: string) => onChange(v === undefined ? null : JSON.parse(v))}
            options={choices}
          />
        )
      break
    }
    case 'date':
      control = (
        <Input
          aria-label={label}
          type="date"
          value={str(value)}
          onChange={(e) => onChange(e.target.value || null)}
        />
      )
      break
    default:
      control = (
        <Input
          aria-label={label}
          value={str(value)}
          onChange={(e) => onChange(e.target.value || null)}
        />
      )
  }
  return <Row label={label}>{control}</Row>
})

/** 数据元 binding: the current element, the core's suggestions and a search over the dictionary. */
const Binding = memo(function Binding({ id, bound }: { id: NodeId; bound: string | null }) {
  const { t } = useI18n()
  const store = useStore()
  const elements = store.elements
  const [adopt, setAdopt] = useState(true)
  const suggest = useMemo(() => bindingSuggester(elements), [elements])
  // suggestions read the whole form (titles, elements bound elsewhere): for the selected node
  // only, a little behind typing
  const state = useDeferredValue(useStoreValue((s) => s.h.present))
  const suggestions = useMemo(
    () => suggest(state, id).filter((s) => s.element.id !== bound),
    [suggest, state, id, bound],
  )
  const element = bound ? elements.find((e) => e.id === bound) : undefined
  const bind = (e: Element | null) => store.dispatch(cmd.bind(id, e, adopt && e !== null))
  const options = useMemo(
    () =>
      elements.map((e) => ({
        value: e.id,
        label: `${e.title} · ${e.id}`,
        search: `${e.title} ${e.id} ${e.group} ${e.synonyms.join(' ')}`.toLowerCase(),
      })),
    [elements],
  )
  return (
    <>
      <h3 className="insp-section">{t('insp.binding')}</h3>
      <div className="insp-binding">
        {bound ? (
          <div className="insp-bound">
            <Tag color={element ? 'green' : 'red'}>
              {element ? element.title : t('insp.unknownElement')}
            </Tag>
            <code>{bound}</code>
            <Button size="small" onClick={() => bind(null)}>
              {t('insp.unbind')}
            </Button>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('insp.notBound')}</Typography.Text>
        )}
        {suggestions.length > 0 && (
          <div className="insp-suggestions">
            <div className="insp-sub">{t('insp.suggestions')}</div>
            {suggestions.map((s) => (
              <div key={s.element.id} className="insp-suggestion">
                <span>
                  {s.element.title} <code>{s.element.id}</code>
                </span>
                <span className="insp-conf">{Math.round(s.confidence * 100)}%</span>
                <Button
                  size="small"
                  type="link"
                  aria-label={t('insp.bindTo', { title: s.element.title, id: s.element.id })}
                  onClick={() => bind(s.element)}
                >
                  {t('insp.bind')}
                </Button>
              </div>
            ))}
          </div>
        )}
        <Select
          showSearch={{
            filterOption: (input, o) => (o?.search ?? '').includes(input.toLowerCase()),
          }}
          placeholder={t('insp.searchElement')}
          aria-label={t('insp.searchElement')}
          value={null}
          onChange={(eid: string) => bind(elements.find((e) => e.id === eid) ?? null)}
          options={options}
          style={{ width: '100%' }}
        />
        <Checkbox checked={adopt} onChange={(e) => setAdopt(e.target.checked)}>
          {t('insp.adopt')}
        </Checkbox>
      </div>
    </>
  )
})

function FormOverview() {
  const { t } = useI18n()
  const problems = useStoreValue((s) => s.problems)
  const count = useStoreValue((s) => Object.keys(s.h.present.nodes).length - 1)
  return (
    <>
      <h3 className="insp-section">{t('insp.overview')}</h3>
      <p className="insp-sub">{t('insp.nodeCount', { n: count })}</p>
      {problems.length ? (
        <ProblemsList problems={problems} />
      ) : (
        <Typography.Text type="success">{t('problems.none')}</Typography.Text>
      )}
      <p className="insp-sub">{t('insp.shortcuts')}</p>
    </>
  )
}
