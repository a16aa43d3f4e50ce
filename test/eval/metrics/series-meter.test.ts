import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {createBootstrapWeights, createSeededRandom} from '../../../src/eval/metrics/bootstrap.js'
import type {EvaluationInput} from '../../../src/eval/types.js'

const queryCount = 60
const modelCount = 4
const samples = 150

function sweepInput(): EvaluationInput {
  const random = createSeededRandom(11)
  const performance = Float32Array.from({length: queryCount * modelCount}, () =>
    random() < 0.05 ? Number.NaN : Math.round(random() * 4) / 4,
  )
  const cost = Float64Array.from(
    {length: queryCount * modelCount},
    (_, cell) => (1 + (cell % modelCount)) * (0.5 + random()),
  )
  // Each λ moves a few queries to a cheaper model, like a scoring router's sweep.
  const sweep = [0, 1, 2, 3].map((step) => ({
    lambda: step,
    choices: Int32Array.from({length: queryCount}, (_, query) =>
      Math.max(0, 3 - Math.floor((query % 10) / (4 - step))),
    ),
  }))
  return {
    dataset: 'sweep',
    models: ['m0', 'm1', 'm2', 'm3'],
    tasks: Array.from({length: queryCount}, (_, query) => `task${query % 3}`),
    performance,
    cost,
    costDescription: 'fixture',
    trainMeanPerformance: Float64Array.from([0.1, 0.2, 0.3, 0.4]),
    runs: [{router: 'sweeper', scoring: true, points: sweep}],
    seed: 99,
    bootstrapSamples: samples,
  }
}

function naiveInterval(values: readonly number[], counts: ArrayLike<number>) {
  const means = Array.from({length: samples}, (_, sample) => {
    let total = 0
    values.forEach((value, query) => (total += (counts[query * samples + sample] ?? 0) * value))
    return total / queryCount
  }).sort((left, right) => left - right)
  const quantile = (probability: number) => {
    const position = probability * (samples - 1)
    const below = Math.floor(position)
    const fraction = position - below
    return means[below]! + fraction * (means[below + 1]! - means[below]!)
  }
  return {low: quantile(0.025), high: quantile(0.975)}
}

describe('series meter', () => {
  test('matches intervals computed from scratch for every point of a sweep', () => {
    // Given
    const input = sweepInput()
    const {counts} = createBootstrapWeights(queryCount, samples, input.seed)

    // When
    const report = evaluateRouters(input)

    // Then
    const points = report.routers[0]!.points
    input.runs[0]!.points.forEach((point, index) => {
      const choices = Array.from(point.choices)
      const performance = choices.map((model, query) => {
        const value = input.performance[query * modelCount + model]!
        return Number.isNaN(value) ? 0 : value
      })
      const cost = choices.map((model, query) => input.cost[query * modelCount + model]!)
      const expectedPerformance = naiveInterval(performance, counts)
      const expectedCost = naiveInterval(cost, counts)
      const measured = points[index]!
      expect(measured.performanceInterval!.low).toBeCloseTo(expectedPerformance.low, 12)
      expect(measured.performanceInterval!.high).toBeCloseTo(expectedPerformance.high, 12)
      expect(measured.costInterval!.low).toBeCloseTo(expectedCost.low, 12)
      expect(measured.costInterval!.high).toBeCloseTo(expectedCost.high, 12)
    })
  })
})
