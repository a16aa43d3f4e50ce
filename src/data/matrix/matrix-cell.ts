import {BugError, UserError} from '../../errors/index.js'
import type {OutcomeMatrix} from '../types.js'

/** One query × model cell of an outcome matrix; NaN marks a value the source doesn't have. */
export interface MatrixCell {
  /** Position in the matrix arrays: `query * modelCount + model`. */
  readonly index: number
  readonly performance: number
  readonly recordedCost: number
  readonly inputTokens: number
  readonly outputTokens: number
  readonly response: string | undefined
}

/**
 * Reads one cell of a matrix.
 * @param matrix - The matrix.
 * @param query - The query's row index or id.
 * @param model - The model's column index or name.
 * @returns The cell's values.
 */
export function matrixCell(
  matrix: OutcomeMatrix,
  query: number | string,
  model: number | string,
): MatrixCell {
  const row = typeof query === 'number' ? query : matrix.queries.findIndex(({id}) => id === query)
  const column =
    typeof model === 'number' ? model : matrix.models.findIndex(({name}) => name === model)
  if (typeof query === 'string' && row < 0) {
    throw new UserError(
      `Query "${query}" isn't in the matrix (${matrix.queries.length} queries).`,
      {
        code: 'DATA_NOT_FOUND',
        suggestions: ['Check the query id; ids are unique within one split.'],
      },
    )
  }
  if (typeof model === 'string' && column < 0) {
    const known = matrix.models.map(({name}) => name).join(', ')
    throw new UserError(`Model "${model}" isn't a candidate. Known models: ${known}.`, {
      code: 'MODEL_UNKNOWN',
    })
  }
  const rowValid = Number.isInteger(row) && row >= 0 && row < matrix.queries.length
  const columnValid = Number.isInteger(column) && column >= 0 && column < matrix.models.length
  if (!rowValid || !columnValid) {
    throw new BugError(
      `Cell (${row}, ${column}) is outside the ${matrix.queries.length} × ` +
        `${matrix.models.length} matrix.`,
    )
  }
  const index = row * matrix.models.length + column
  return {
    index,
    performance: matrix.performance[index]!,
    recordedCost: matrix.recordedCost[index]!,
    inputTokens: matrix.inputTokens[index]!,
    outputTokens: matrix.outputTokens[index]!,
    response: matrix.responses.get(index),
  }
}
