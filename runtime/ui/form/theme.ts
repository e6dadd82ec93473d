import { withTheme } from '@rjsf/core'
import type { RegistryWidgetsType } from '@rjsf/utils'
import { DivisionWidget } from './division-widget'
import { fields } from './fields'
import { MoneyWidget } from './money-widget'
import { templates } from './templates'

const widgets: RegistryWidgetsType = { money: MoneyWidget, division: DivisionWidget }

/** The rjsf Form of the applicant runtime and the editor's preview: one renderer for both. */
export const ThemedForm = withTheme({ templates, widgets, fields })
