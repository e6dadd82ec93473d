import { useEffect, useState } from 'react'
import type { DivisionNode } from '../../core/formats/cn-division'

type DivisionModule = typeof import('../../core/formats/cn-division')

let loading: Promise<DivisionModule> | undefined

/** The division table is a separate chunk (≈30 KB gzip), fetched only by forms that need it. */
export const loadDivisions = (): Promise<DivisionModule> => {
  loading ??= import('../../core/formats/cn-division')
  return loading
}

export function useDivisionTree(): DivisionNode[] | undefined {
  const [tree, setTree] = useState<DivisionNode[]>()
  useEffect(() => {
    let live = true
    void loadDivisions().then((m) => live && setTree(m.divisionTree()))
    return () => {
      live = false
    }
  }, [])
  return tree
}

/** Whether any node of a schema has the `cn-division` format. */
export const usesDivision = (schema: unknown): boolean =>
  JSON.stringify(schema).includes('"cn-division"')
