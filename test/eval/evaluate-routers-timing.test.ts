import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../src/eval/evaluate-routers.js'
import {createSeededRandom} from '../../src/eval/metrics/bootstrap.js'
import type {EvaluationInput, RouterRun} from '../../src/eval/types.js'

const queryCount = 3000
const modelCount = 11
const routerCount = 10
const lambdaCount = 40

function benchmarkInput(): EvaluationInput {
  const random = createSeededRandom(1)
  const cells = queryCount * modelCount
  const performance = new Float32Array(cells)
  const cost = new Float64Array(cells)
  for (let cell = 0; cell < cells; cell += 1) {
    const model = cell % modelCount
    performance[cell] = random() < 0.01 ? Number.NaN : random() < 0.3 + model * 0.05 ? 1 : 0
    cost[cell] = 1e-5 * 2 ** model * (0.5 + random())
  }
  // Each router scores cells with its own noise and sweeps λ like a scoring router would.
  const runs: RouterRun[] = Array.from({length: routerCount}, (_, router) => {
    const noise = Float64Array.from({length: cells}, () => random() * 0.3)
    return {
      router: `router${router}`,
      scoring: true,
      points: Array.from({length: lambdaCount}, (_, step) => {
        const lambda = step === 0 ? 0 : 10 * 1.4 ** step
        const choices = new Int32Array(queryCount)
        for (let query = 0; query < queryCount; query += 1) {
          let bestUtility = -Infinity
          for (let model = 0; model < modelCount; model += 1) {
            const cell = query * modelCount + model
            const quality = Number.isNaN(performance[cell]!) ? 0 : performance[cell]!
            const utility = quality * 0.5 + noise[cell]! - lambda * cost[cell]!
            if (utility > bestUtility) {
              bestUtility = utility
              choices[query] = model
            }
          }
        }
        return {lambda, choices}
      }),
    }
  })
  return {
    dataset: 'timing',
    models: Array.from({length: modelCount}, (_, model) => `model-${model}`),
    tasks: Array.from({length: queryCount}, (_, query) => `task${query % 7}`),
    performance,
    cost,
    costDescription: 'synthetic',
    trainMeanPerformance: Float64Array.from({length: modelCount}, (_, model) => 0.3 + model * 0.05),
    runs,
    seed: 42,
    bootstrapSamples: 1000,
  }
}

describe('evaluateRouters at scale', () => {
  test('evaluates 10 routers × 40 λ × 3,000 queries × 11 models with 1,000 resamples in seconds', () => {
    // Given
    const input = benchmarkInput()

    // When
    const start = performance.now()
    const report = evaluateRouters(input)
    const elapsed = performance.now() - start

    // Then
    console.log(`evaluateRouters: ${elapsed.toFixed(0)} ms for the 10 × 40 × 3000 × 11 benchmark`)
    expect(report.routers).toHaveLength(routerCount)
    expect(report.routers.every((router) => router.points.length === lambdaCount)).toBe(true)
    expect(elapsed).toBeLessThan(5000)
  })
})
