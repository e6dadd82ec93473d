import { customType } from 'drizzle-orm/pg-core'

/**
 * A JSON document stored as text. jsonb reorders object keys, and a form's `properties` order is
 * its field order, so documents whose order matters are stored verbatim and parsed on read.
 */
export const jsonText = <T>(name: string) =>
  customType<{ data: T; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => JSON.parse(value) as T,
  })(name)
