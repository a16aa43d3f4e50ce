import {createHash} from 'node:crypto'

import type {OutcomeMatrix} from './types.js'

/**
 * A short, stable hash of which queries and candidates a matrix holds (ids and names, in order;
 * not the outcomes), recorded in artifacts so a later run can tell it has the same data.
 * @param matrix - The matrix.
 * @returns 16 hex digits of a sha256.
 */
export function fingerprintMatrix(matrix: OutcomeMatrix): string {
  const hash = createHash('sha256')
  hash.update('models\n')
  for (const model of matrix.models) hash.update(`${JSON.stringify(model.name)}\n`)
  hash.update('queries\n')
  for (const query of matrix.queries) hash.update(`${JSON.stringify(query.id)}\n`)
  return hash.digest('hex').slice(0, 16)
}
