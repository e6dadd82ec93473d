export * from './catalogue'
export * from './intake'
export * from './org'
