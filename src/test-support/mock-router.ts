import type {
  CandidateScore,
  Decision,
  RouterQuery,
  RouterV1,
  ScoreTable,
} from '../routers/spec/index.js'
import {decideFromScores} from '../routers/scoring/pick-by-utility.js'

/** Settings of a mock router: fixed predictions per candidate, the same for every query. */
export interface MockRouterOptions {
  /** Router id; `mock` by default. */
  readonly id?: string
  /** Predicted quality and cost per candidate, in candidate order. */
  readonly candidates: readonly {model: string; performance: number; cost: number}[]
}

/**
 * Creates a scoring router with fixed predictions, for testing code that drives routers (a
 * plugin, an evaluation script) without training anything. It records the queries it saw.
 * @param options - The candidates and their fixed predictions.
 * @returns The router, with `calls` listing every query routed or scored.
 */
export function createMockRouter(options: MockRouterOptions): RouterV1 & {calls: RouterQuery[]} {
  const calls: RouterQuery[] = []
  const names = options.candidates.map((candidate) => candidate.model)
  const scoreBatch = (queries: readonly RouterQuery[]): Promise<ScoreTable> => {
    calls.push(...queries)
    const performance = new Float32Array(queries.length * names.length)
    const cost = new Float64Array(queries.length * names.length)
    queries.forEach((_, row) => {
      options.candidates.forEach((candidate, column) => {
        performance[row * names.length + column] = candidate.performance
        cost[row * names.length + column] = candidate.cost
      })
    })
    return Promise.resolve({candidates: names, performance, cost})
  }
  const explain = (chosen: CandidateScore): string => `The mock predicts ${chosen.performance}.`
  const routeBatch = async (
    queries: readonly RouterQuery[],
    context: {lambda: number},
  ): Promise<Decision[]> => {
    const table = await scoreBatch(queries)
    return queries.map((_, row) => decideFromScores(table, row, context.lambda, explain))
  }
  return {
    specificationVersion: 'v1',
    id: options.id ?? 'mock',
    description: 'Fixed predictions, for tests.',
    family: 'single-round',
    capabilities: {
      trainable: false,
      scores: true,
      needsEmbeddings: false,
      callsLLM: false,
      routeOnly: true,
    },
    candidates: names,
    calls,
    route: async (query, context) => (await routeBatch([query], context))[0] ?? {model: ''},
    routeBatch,
    scoreBatch,
  }
}
