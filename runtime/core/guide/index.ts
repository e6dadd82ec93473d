export * from './completeness'
