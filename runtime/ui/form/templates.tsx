/**
 * Our own light rjsf templates: antd-like Chinese styling without antd's per-field contexts (the
 * measured cause of @rjsf/antd's slow keystrokes), labelled controls and text buttons.
 */
import type {
  FieldTemplateProps,
  IconButtonProps,
  ObjectFieldTemplateProps,
  SubmitButtonProps,
  TemplatesType,
} from '@rjsf/utils'
import { getUiOptions, type Registry, TranslatableString } from '@rjsf/utils'
import { useSyncExternalStore } from 'react'
import { pathOfId } from './field-id'
import type { FormContext } from './visibility-store'

const noSubscribe = () => () => {}

/** Whether a visibility rule hides this field now; re-renders this field alone when that changes. */
function useHiddenByRule(registry: Registry, id: string): boolean {
  const store = (registry.formContext as FormContext | undefined)?.visibility
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, () =>
    store ? store.isHidden(pathOfId(id)) : false,
  )
}

function FieldTemplate(p: FieldTemplateProps) {
  const { id, classNames, style, label, required, displayLabel, description, errors, help } = p
  const { children, hidden, rawErrors, uiSchema, registry } = p
  // a field whose rule is false is not there at all: no input, nothing to validate or announce
  if (useHiddenByRule(registry, id)) return null
  if (hidden) return <div hidden>{children}</div>
  const width = getUiOptions(uiSchema).width
  const cls = ['field', classNames, width ? `w-${width}` : '', rawErrors?.length ? 'has-error' : '']
  return (
    <div className={cls.filter(Boolean).join(' ')} style={style}>
      {displayLabel && (
        // the required mark is drawn by CSS: the input's own `required` tells assistive technology
        <label htmlFor={id} className={required ? 'label required' : 'label'}>
          {label}
        </label>
      )}
      {displayLabel ? description : null}
      {children}
      {errors}
      {help}
    </div>
  )
}

function ObjectFieldTemplate(p: ObjectFieldTemplateProps) {
  const { title, description, properties, fieldPathId, required, uiSchema } = p
  const shown = properties.filter((x) => !x.hidden)
  const label = getUiOptions(uiSchema).label !== false
  if (fieldPathId.path.length === 0)
    return <div className="grid">{shown.map((x) => x.content)}</div>
  return (
    <fieldset className="section" id={fieldPathId.$id}>
      {title && label ? (
        <legend className={required ? 'required' : undefined}>{title}</legend>
      ) : null}
      {description ? <div className="section-desc">{description}</div> : null}
      <div className="grid">{shown.map((x) => x.content)}</div>
    </fieldset>
  )
}

const textButton =
  (text: TranslatableString, className: string) =>
  ({
    icon: _icon,
    iconType: _t,
    uiSchema: _u,
    registry,
    className: c,
    ...rest
  }: IconButtonProps) => (
    <button type="button" className={`btn ${className} ${c ?? ''}`} {...rest}>
      {registry.translateString(text)}
    </button>
  )

const AddButton = ({ uiSchema: _u, registry, className, ...rest }: IconButtonProps) => (
  <button type="button" className={`btn btn-add ${className ?? ''}`} {...rest}>
    ＋ {registry.translateString(TranslatableString.AddItemButton)}
  </button>
)

/** Steps submit through the page's own buttons. */
const SubmitButton = (_: SubmitButtonProps) => null

export const templates: Partial<TemplatesType> = {
  FieldTemplate,
  ObjectFieldTemplate,
  ButtonTemplates: {
    AddButton,
    SubmitButton,
    CopyButton: textButton(TranslatableString.CopyButton, 'btn-small'),
    MoveDownButton: textButton(TranslatableString.MoveDownButton, 'btn-small'),
    MoveUpButton: textButton(TranslatableString.MoveUpButton, 'btn-small'),
    RemoveButton: textButton(TranslatableString.RemoveButton, 'btn-small btn-danger'),
    ClearButton: textButton(TranslatableString.ClearButton, 'btn-small'),
  },
}
