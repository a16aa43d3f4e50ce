import type {EvaluationInput, RouterRun} from '../../src/eval/types.js'

/** One test query of a hand-built matrix. */
export interface TinyQuery {
  readonly task: string
  /** One value per model; NaN is a missing cell. */
  readonly performance: readonly number[]
  /** One USD value per model. */
  readonly cost: readonly number[]
}

/** A hand-built evaluation: models, queries and routers given by model name per query. */
export interface TinyEvaluation {
  readonly models: readonly string[]
  readonly queries: readonly TinyQuery[]
  readonly train: readonly number[]
  readonly routers?: Readonly<
    Record<string, readonly {readonly lambda: number; readonly picks: readonly string[]}[]>
  >
  readonly dataset?: string
  readonly labels?: readonly string[]
  readonly seed?: number
  readonly bootstrapSamples?: number
}

/**
 * Builds an evaluation input from readable rows.
 * @param tiny - Models, queries, training means and router picks by model name.
 * @returns The input `evaluateRouters` takes.
 */
export function buildTinyInput(tiny: TinyEvaluation): EvaluationInput {
  const modelIndex = (name: string) => {
    const index = tiny.models.indexOf(name)
    if (index < 0) throw new Error(`fixture names unknown model ${name}`)
    return index
  }
  const runs: RouterRun[] = Object.entries(tiny.routers ?? {}).map(([router, points]) => ({
    router,
    scoring: true,
    points: points.map((point) => ({
      lambda: point.lambda,
      choices: Int32Array.from(point.picks, modelIndex),
    })),
  }))
  return {
    dataset: tiny.dataset ?? 'tiny',
    models: tiny.models,
    tasks: tiny.queries.map((query) => query.task),
    performance: Float32Array.from(tiny.queries.flatMap((query) => query.performance)),
    cost: Float64Array.from(tiny.queries.flatMap((query) => query.cost)),
    costDescription: 'recorded by the fixture',
    trainMeanPerformance: Float64Array.from(tiny.train),
    runs,
    seed: tiny.seed ?? 1,
    bootstrapSamples: tiny.bootstrapSamples ?? 0,
    labels: tiny.labels,
  }
}

/**
 * Three models with constant costs 1, 2 and 4 and a router whose hull is easy to compute by
 * hand; see the figures asserted in the tests.
 */
export const threeModelSweep: TinyEvaluation = {
  models: ['small', 'medium', 'large'],
  queries: [
    {task: 'math', performance: [1, 1, 1], cost: [1, 2, 4]},
    {task: 'math', performance: [0, 1, 1], cost: [1, 2, 4]},
    {task: 'code', performance: [0, 0, 1], cost: [1, 2, 4]},
    {task: 'code', performance: [0, 0, 0], cost: [1, 2, 4]},
  ],
  train: [0.2, 0.9, 0.7],
  routers: {
    knnrouter: [
      {lambda: 100, picks: ['small', 'small', 'small', 'small']},
      {lambda: 0, picks: ['small', 'medium', 'large', 'large']},
      {lambda: 10, picks: ['small', 'small', 'medium', 'small']},
      {lambda: 1, picks: ['small', 'medium', 'large', 'small']},
    ],
  },
}

/** A weak and a strong model with a router sweep whose PGR curve is known exactly. */
export const twoModelSweep: TinyEvaluation = {
  models: ['weak', 'strong'],
  queries: [
    {task: 'chat', performance: [1, 1], cost: [1, 10]},
    {task: 'chat', performance: [0, 1], cost: [1, 10]},
    {task: 'chat', performance: [0, 1], cost: [1, 10]},
    {task: 'chat', performance: [0, 0], cost: [1, 10]},
  ],
  train: [0.3, 0.8],
  routers: {
    mfrouter: [
      {lambda: 0, picks: ['strong', 'strong', 'strong', 'strong']},
      {lambda: 0.5, picks: ['weak', 'strong', 'strong', 'weak']},
      {lambda: 1, picks: ['weak', 'strong', 'weak', 'weak']},
      {lambda: 2, picks: ['weak', 'weak', 'weak', 'weak']},
    ],
  },
}
