export * from './coverage'
export * from './tailor'
export * from './tailored-field-count'
export * from './types'
