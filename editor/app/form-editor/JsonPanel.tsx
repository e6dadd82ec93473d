/** The exported schema and uiSchema (read-only), and the import of an existing JSON Schema + uiSchema. */
import { Alert, App, Button, Input, Space, Tabs, Typography, Upload } from 'antd'
import { useMemo, useState } from 'react'
import type { Form } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import { commands as cmd, exportForm } from '../../core'
import { useStore, useStoreValue } from './store-hooks'

const pretty = (v: unknown) => JSON.stringify(v, null, 2)

export function JsonPanel() {
  const { t } = useI18n()
  const state = useStoreValue((s) => s.h.present)
  const form = useMemo(() => exportForm(state), [state])
  const schema = useMemo(() => pretty(form.schema), [form])
  const ui = useMemo(() => pretty(form.uiSchema), [form])
  return (
    <div className="json-panel">
      <Tabs
        items={[
          {
            key: 'schema',
            label: 'JSON Schema',
            children: <JsonView text={schema} label="schema" />,
          },
          { key: 'ui', label: 'uiSchema', children: <JsonView text={ui} label="uiSchema" /> },
          { key: 'import', label: t('json.import'), children: <ImportForm /> },
        ]}
      />
    </div>
  )
}

function JsonView({ text, label }: { text: string; label: string }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  return (
    <div>
      <Space className="json-actions">
        <Button
          size="small"
          onClick={() =>
            navigator.clipboard?.writeText(text).then(
              () => message.success(t('json.copied')),
              () => message.error(t('json.copyFailed')),
            )
          }
        >
          {t('json.copy')}
        </Button>
        <Typography.Text type="secondary">{t('json.readOnly')}</Typography.Text>
      </Space>
      <pre className="json-view" data-testid={`json-${label}`}>
        {text}
      </pre>
    </div>
  )
}

/** Reads `{schema, uiSchema}`, or a bare schema, from text. */
function parseForm(schemaText: string, uiText: string): Form {
  const parsed = JSON.parse(schemaText) as Record<string, unknown>
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('not an object')
  if (parsed.schema && typeof parsed.schema === 'object' && !uiText.trim())
    return {
      schema: parsed.schema as Form['schema'],
      uiSchema: (parsed.uiSchema ?? {}) as Form['uiSchema'],
    }
  const ui = uiText.trim() ? (JSON.parse(uiText) as Form['uiSchema']) : {}
  return { schema: parsed as Form['schema'], uiSchema: ui }
}

function ImportForm() {
  const { t } = useI18n()
  const store = useStore()
  const { message } = App.useApp()
  const [schema, setSchema] = useState('')
  const [ui, setUi] = useState('')
  const [error, setError] = useState<string | null>(null)
  const run = () => {
    let form: Form
    try {
      form = parseForm(schema, ui)
    } catch (e) {
      setError(t('json.badJson', { error: (e as Error).message }))
      return
    }
    const refused = store.tryDispatch(cmd.importForm(form))
    if (refused) {
      setError(refused)
      return
    }
    setError(null)
    message.success(t('json.imported'))
  }
  return (
    <div className="json-import">
      <Typography.Paragraph type="secondary">{t('json.importHelp')}</Typography.Paragraph>
      <Upload
        accept=".json,application/json"
        showUploadList={false}
        beforeUpload={(file) => {
          void file.text().then((text) => {
            setSchema(text)
            setUi('')
          })
          return false
        }}
      >
        <Button>{t('json.file')}</Button>
      </Upload>
      <label className="json-label" htmlFor="import-schema">
        JSON Schema {t('json.orWhole')}
      </label>
      <Input.TextArea
        id="import-schema"
        data-native-undo
        className="mono"
        autoSize={{ minRows: 8, maxRows: 20 }}
        value={schema}
        onChange={(e) => setSchema(e.target.value)}
        placeholder='{"type": "object", "title": "…", "properties": {…}}'
      />
      <label className="json-label" htmlFor="import-ui">
        uiSchema {t('json.optional')}
      </label>
      <Input.TextArea
        id="import-ui"
        data-native-undo
        className="mono"
        autoSize={{ minRows: 3, maxRows: 12 }}
        value={ui}
        onChange={(e) => setUi(e.target.value)}
        placeholder='{"ui:order": […]}'
      />
      {error && <Alert type="error" showIcon title={error} className="json-error" />}
      <Space>
        <Button type="primary" disabled={!schema.trim()} onClick={run}>
          {t('json.importRun')}
        </Button>
        <Typography.Text type="secondary">{t('json.undoable')}</Typography.Text>
      </Space>
    </div>
  )
}
