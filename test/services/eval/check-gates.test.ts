import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {checkGates} from '../../../src/services/eval/check-gates.js'

// Two queries, two models: "cheap" is right on query 0 only, "strong" on both.
const report = evaluateRouters({
  dataset: 'tiny',
  models: ['cheap', 'strong'],
  tasks: ['a', 'b'],
  performance: Float32Array.from([1, 1, 0, 1]),
  cost: Float64Array.from([1, 10, 1, 10]),
  costDescription: 'recorded',
  trainMeanPerformance: Float64Array.from([0.5, 1]),
  runs: [
    {
      router: 'smart',
      scoring: true,
      points: [
        {lambda: 0, choices: Int32Array.from([1, 1])},
        {lambda: 1, choices: Int32Array.from([0, 1])},
      ],
    },
    {
      router: 'always-cheap',
      scoring: false,
      points: [{lambda: 0, choices: Int32Array.from([0, 0])}],
    },
  ],
  seed: 1,
  bootstrapSamples: 0,
})

describe('checkGates', () => {
  test('passes a router when one λ meets every gate together', () => {
    const failures = checkGates(report, {minPerformanceVsBest: 1, maxCostVsBest: 0.6})

    expect(failures.map((failure) => failure.router)).toEqual(['always-cheap'])
  })

  test('names what was asked and the closest the router came', () => {
    const [tooDear] = checkGates(report, {minPerformance: 0.9, maxCost: 2})
    const [tooWeak] = checkGates(report, {minPerformance: 1.1, maxCost: 6})

    expect(tooDear?.reason).toBe(
      'smart has no λ with performance ≥ 0.9000 at cost ≤ $2.00/query; its cheapest point is 1.0000 at $5.50/query (λ = 1.00).',
    )
    expect(tooWeak?.reason).toBe(
      'smart has no λ with performance ≥ 1.1000 at cost ≤ $6.00/query; its best within the cost limit is 1.0000 at $5.50/query (λ = 1.00).',
    )
  })

  test('asks nothing when no gate is set', () => {
    expect(checkGates(report, {})).toEqual([])
  })
})
