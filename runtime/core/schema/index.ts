export * from './check-form'
export * from './leaves'
export * from './paths'
export * from './resolve-refs'
