import {describe, expect, test} from 'vitest'

import {LLMRouterError} from '../../src/errors/index.js'
import {evaluateRouters} from '../../src/eval/evaluate-routers.js'
import {buildTinyInput, threeModelSweep, twoModelSweep} from './tiny-evaluation.js'

const tieBreaking = buildTinyInput({
  models: ['a', 'b', 'c'],
  queries: [
    {task: 'qa', performance: [1, 1, 0], cost: [3, 1, 0.5]},
    {task: 'qa', performance: [0, 0, 0], cost: [2, 1, 0.5]},
    {task: 'math', performance: [Number.NaN, 0.5, 0], cost: [1, 2, 3]},
    {task: 'math', performance: [1, 1, 1], cost: [1, 1, 2]},
  ],
  train: [0.9, 0.5, 0.1],
  routers: {always_a: [{lambda: 0, picks: ['a', 'a', 'a', 'a']}]},
})

function thrown(action: () => unknown): LLMRouterError {
  try {
    action()
  } catch (error) {
    if (LLMRouterError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected an llmrouter error')
}

describe('evaluateRouters baselines', () => {
  test('oracle picks the best performance per query, cheapest on ties, then the first', () => {
    const {oracle} = evaluateRouters(tieBreaking).baselines
    // Picks b (tie with a, cheaper), c (all 0, cheapest), b (missing a scores 0), a (full tie).
    expect(oracle.meanPerformance).toBeCloseTo(0.625, 12)
    expect(oracle.meanCost).toBeCloseTo(1.125, 12)
    expect(oracle.distribution).toEqual([0.25, 0.5, 0.25])
    expect(oracle.entropyBits).toBeCloseTo(1.5, 12)
    expect(oracle.missingPicks).toBe(0)
  })

  test('best single is the best training mean even when another model wins on test', () => {
    const {bestSingle, singleModels} = evaluateRouters(tieBreaking).baselines
    expect(bestSingle.model).toBe('a')
    expect(bestSingle.trainMeanPerformance).toBeCloseTo(0.9, 12)
    expect(bestSingle.meanPerformance).toBeCloseTo(0.5, 12)
    expect(bestSingle.meanCost).toBeCloseTo(1.75, 12)
    expect(singleModels[1]?.meanPerformance).toBeCloseTo(0.625, 12)
  })

  test('random is the exact expectation of a uniform pick', () => {
    const {random} = evaluateRouters(tieBreaking).baselines
    expect(random.meanPerformance).toBeCloseTo(11 / 24, 12)
    expect(random.meanCost).toBeCloseTo(1.5, 12)
    expect(random.totalCost).toBeCloseTo(6, 12)
    expect(random.missingPicks).toBeCloseTo(1 / 3, 12)
    expect(random.entropyBits).toBeCloseTo(Math.log2(3), 12)
  })

  test('counts picks of missing cells and scores them 0, overall and per task', () => {
    const [router] = evaluateRouters(tieBreaking).routers
    const point = router?.points[0]
    expect(point?.missingPicks).toBe(1)
    expect(point?.meanPerformance).toBeCloseTo(0.5, 12)
    expect(point?.tasks).toEqual([
      {task: 'math', queryCount: 2, meanPerformance: 0.5, meanCost: 1, missingPicks: 1},
      {task: 'qa', queryCount: 2, meanPerformance: 0.5, meanCost: 2.5, missingPicks: 0},
    ])
  })
})

describe('evaluateRouters curves', () => {
  const report = evaluateRouters(buildTinyInput(threeModelSweep))
  const router = report.routers[0]!

  test('sorts points by λ and measures each', () => {
    expect(router.points.map((point) => point.lambda)).toEqual([0, 1, 10, 100])
    expect(router.points.map((point) => [point.meanCost, point.meanPerformance])).toEqual([
      [2.75, 0.75],
      [2, 0.75],
      [1.25, 0.25],
      [1, 0.25],
    ])
  })

  test('marks the Pareto points and the hull vertices', () => {
    expect(router.paretoIndices).toEqual([3, 1])
    expect(router.points.map((point) => point.onPareto)).toEqual([false, true, false, true])
    expect(router.curve.hull.map((vertex) => vertex.pointIndex)).toEqual([3, 1])
    expect(router.bestPerformanceIndex).toBe(1)
    expect(router.matchesBestSingleIndex).toBe(1)
  })

  test('computes AIQ on the hull with single models over the single-model cost range', () => {
    // Hull (1, 0.25)–(2, 0.75), flat to 4: (0.5 + 1.5) / 3.
    expect(router.curve.aiq).toBeCloseTo(2 / 3, 12)
    // Zero router (1, 0.25)–(2, 0.5)–(4, 0.75): (0.375 + 1.25) / 3.
    expect(report.baselines.zeroRouter.aiq).toBeCloseTo(1.625 / 3, 12)
  })

  test('reads gain and cost saved against the best single model off the hull', () => {
    // Best single is medium (training mean 0.9): cost 2, performance 0.5.
    expect(report.baselines.bestSingle.model).toBe('medium')
    expect(router.curve.gainAtBestSingleCost).toBeCloseTo(0.25, 12)
    expect(router.curve.costSavedAtBestSingleQuality).toBeCloseTo(0.25, 12)
    expect(report.baselines.zeroRouter.gainAtBestSingleCost).toBeCloseTo(0, 12)
    expect(report.baselines.zeroRouter.costSavedAtBestSingleQuality).toBeCloseTo(0, 12)
  })

  test('breaks each point down per task, sorted by task name', () => {
    expect(report.tasks).toEqual(['code', 'math'])
    expect(router.points[0]?.tasks).toEqual([
      {task: 'code', queryCount: 2, meanPerformance: 0.5, meanCost: 4, missingPicks: 0},
      {task: 'math', queryCount: 2, meanPerformance: 1, meanCost: 1.5, missingPicks: 0},
    ])
  })

  test('leaves two-model metrics out when there are more than two models', () => {
    expect(report.twoModel).toBeNull()
    expect(router.twoModel).toBeNull()
  })

  test('produces plain JSON whose numbers are all finite', () => {
    const numbers: number[] = []
    const collect = (value: unknown): void => {
      if (typeof value === 'number') numbers.push(value)
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect)
    }
    collect(report)
    expect(numbers.every((value) => Number.isFinite(value))).toBe(true)
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })
})

describe('evaluateRouters on two models', () => {
  test('computes APGR and CPT with the higher training mean as the strong model', () => {
    const report = evaluateRouters(buildTinyInput(twoModelSweep))
    expect(report.twoModel).toEqual({
      strongModel: 'strong',
      weakModel: 'weak',
      strongPerformance: 0.75,
      weakPerformance: 0.25,
    })
    const metrics = report.routers[0]?.twoModel
    expect(metrics?.apgr).toBeCloseTo(0.75, 12)
    expect(metrics?.cpt50).toBeCloseTo(0.25, 12)
    expect(metrics?.cpt80).toBeCloseTo(0.4, 12)
  })
})

describe('evaluateRouters bootstrap', () => {
  const seeded = (seed: number) =>
    evaluateRouters(buildTinyInput({...threeModelSweep, seed, bootstrapSamples: 200}))

  test('gives identical intervals for the same seed and different ones for another', () => {
    const first = seeded(5)
    expect(seeded(5)).toEqual(first)
    const intervals = (report: typeof first) =>
      report.routers[0]?.points.map((point) => point.performanceInterval)
    expect(intervals(seeded(6))).not.toEqual(intervals(first))
  })

  test('keeps every interval around its mean and inside the data range', () => {
    const report = seeded(5)
    for (const point of [...report.routers[0]!.points, report.baselines.oracle]) {
      const interval = point.performanceInterval!
      expect(interval.low).toBeLessThanOrEqual(point.meanPerformance + 1e-12)
      expect(interval.high).toBeGreaterThanOrEqual(point.meanPerformance - 1e-12)
      expect(interval.low).toBeGreaterThanOrEqual(0)
      expect(interval.high).toBeLessThanOrEqual(1)
    }
  })

  test('leaves intervals out when bootstrapping is off', () => {
    const report = evaluateRouters(buildTinyInput(threeModelSweep))
    expect(report.routers[0]?.points[0]?.performanceInterval).toBeNull()
    expect(report.baselines.oracle.costInterval).toBeNull()
  })
})

describe('evaluateRouters labels and input checks', () => {
  test('adds the simulated label when the dataset name says so', () => {
    const input = buildTinyInput({...threeModelSweep, dataset: 'bench-Simulated', labels: ['toy']})
    expect(evaluateRouters(input).labels).toEqual(['toy', 'simulated'])
  })

  test('rejects a pick outside the candidates and names them', () => {
    const input = buildTinyInput(threeModelSweep)
    const [run] = input.runs
    const broken = {
      ...input,
      runs: [{...run!, points: [{lambda: 0, choices: Int32Array.from([0, 3, 0, 0])}]}],
    }
    const error = thrown(() => evaluateRouters(broken))
    expect(error.code).toBe('MODEL_UNKNOWN')
    expect(error.message).toContain('candidates are 0..2 (small, medium, large)')
  })

  test('rejects a cell without a usable cost', () => {
    const input = buildTinyInput(threeModelSweep)
    const cost = Float64Array.from(input.cost)
    cost[4] = Number.NaN
    const error = thrown(() => evaluateRouters({...input, cost}))
    expect(error.code).toBe('DATA_INVALID')
    expect(error.message).toContain('query #1, model "medium"')
  })

  test('reports mismatched array shapes as a bug', () => {
    const input = buildTinyInput(threeModelSweep)
    const error = thrown(() => evaluateRouters({...input, cost: new Float64Array(3)}))
    expect(error.audience).toBe('bug')
  })

  test('rejects a negative λ as a usage error', () => {
    const input = buildTinyInput(threeModelSweep)
    const run = {router: 'x', scoring: true, points: [{lambda: -1, choices: new Int32Array(4)}]}
    expect(thrown(() => evaluateRouters({...input, runs: [run]})).exitCode).toBe(2)
  })
})
