import type {ModelCard, OutcomeMatrix, QueryRecord} from '../../src/data/types.js'

/** A model card with a price per million tokens for input and output alike. */
export function modelCard(
  name: string,
  price: number,
  sizeBillions: number | null = null,
): ModelCard {
  return {
    name,
    inputPrice: price,
    outputPrice: price,
    size: sizeBillions === null ? null : `${sizeBillions}B`,
    sizeBillions,
    description: null,
    raw: {},
  }
}

/** Builds an outcome matrix from rows of performance, one row per query. */
export function tinyMatrix(
  models: readonly ModelCard[],
  rows: readonly {text: string; task?: string; performance: readonly number[]}[],
): OutcomeMatrix {
  const queries: QueryRecord[] = rows.map((row, index) => ({
    id: `q${index}`,
    task: row.task ?? 'task',
    text: row.text,
    groundTruth: null,
    metric: 'em',
  }))
  const cells = rows.length * models.length
  return {
    queries,
    models,
    performance: Float32Array.from(rows.flatMap((row) => row.performance)),
    recordedCost: new Float64Array(cells).fill(Number.NaN),
    inputTokens: new Float32Array(cells).fill(Number.NaN),
    outputTokens: new Float32Array(cells).fill(Number.NaN),
    responses: new Map(),
  }
}
