import { describe, expect, it } from 'vitest'
import { isProjectCode } from './project-code'

describe('isProjectCode', () => {
  it('accepts year-coded (2016 rules) and year-month-coded (2020 rules) codes', () => {
    for (const c of [
      '2017-330106-47-03-012345',
      '2020-430104-70-01-000001',
      '2012-430104-04-01-123456', // YYMM: 2020-12
      '2104-430104-04-01-123456',
      '2511-110105-04-05-987650',
    ]) {
      expect(isProjectCode(c), c).toBe(true)
    }
  })

  it('refuses other forms', () => {
    for (const c of [
      '20174301044703012345', // no hyphens
      '2017-330106-47-03-01234',
      '2017-330106-47-03-0123456',
      '2017-33010-47-03-012345',
      '2017-330106-4-03-012345',
      '2017/330106/47/03/012345',
      '2013-330106-47-03-012345', // neither a year of the old rules nor a month
      '2113-330106-47-03-012345',
      '2100-330106-47-03-012345',
      '1999-330106-47-03-012345',
      '2017-000000-47-03-012345',
      '2017-330106-47-00-012345',
      '2017-330106-47-03-01234A',
      ' 2017-330106-47-03-012345',
      '',
    ]) {
      expect(isProjectCode(c), c).toBe(false)
    }
  })
})
