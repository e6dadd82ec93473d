export * from './completeness'
export * from './flow-rows'
export * from './guide-doc'
