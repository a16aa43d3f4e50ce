import {describe, expect, test} from 'vitest'

import type {LinearProblem} from '../../../../src/routers/svm/math/linear-svm.js'
import {solveLinearSVC, solveLinearSVR} from '../../../../src/routers/svm/math/linear-svm.js'

/** One feature x and the bias column, row-major. */
function problemOf(xs: readonly number[], targets: readonly number[]): LinearProblem {
  return {
    features: Float32Array.from(xs.flatMap((x) => [x, 1])),
    width: 2,
    rows: Int32Array.from(xs.keys()),
    targets: Float64Array.from(targets),
    weights: new Float64Array(xs.length).fill(1),
  }
}

const settings = {C: 10, tol: 1e-4, maxIterations: 10_000, seed: 3}

describe('solveLinearSVC', () => {
  test.each(['hinge', 'squared_hinge'] as const)(
    'separates two classes on a line with the %s loss',
    (loss) => {
      const problem = problemOf([-2, -1.5, -1, 1, 1.5, 2], [-1, -1, -1, 1, 1, 1])

      const {weights, converged} = solveLinearSVC(problem, {...settings, loss})

      expect(converged).toBe(true)
      expect(weights[0]).toBeGreaterThan(0.5)
      // The boundary sits between the classes: w·x + b changes sign between −1 and 1.
      expect(-1 * weights[0]! + weights[1]!).toBeLessThan(0)
      expect(1 * weights[0]! + weights[1]!).toBeGreaterThan(0)
    },
  )

  test('reaches the hard-margin solution w = 1 on points at ±1 with a large C', () => {
    const problem = problemOf([-1, 1], [-1, 1])

    const {weights} = solveLinearSVC(problem, {...settings, C: 1e6, loss: 'hinge'})

    // Margin 1 at x = ±1 with a regularised bias b: w·1 + b = 1 and −w + b = −1, so w = 1, b = 0.
    expect(weights[0]).toBeCloseTo(1, 3)
    expect(weights[1]).toBeCloseTo(0, 3)
  })

  test('lets a half-weight example pull the boundary less than a whole one', () => {
    const full = problemOf([-1, 1, 0.5], [-1, 1, -1])
    const half = {...full, weights: Float64Array.from([1, 1, 0.5])}

    const fullWeights = solveLinearSVC(full, {...settings, C: 1, loss: 'hinge'}).weights
    const halfWeights = solveLinearSVC(half, {...settings, C: 1, loss: 'hinge'}).weights

    const valueAtHalf = (weights: Float64Array): number => 0.5 * weights[0]! + weights[1]!
    expect(valueAtHalf(halfWeights)).toBeGreaterThan(valueAtHalf(fullWeights))
  })

  test('stops at max_iter and says it did not converge', () => {
    const problem = problemOf([-2, -1, 1, 2, 0.1], [-1, -1, 1, 1, -1])

    const solution = solveLinearSVC(problem, {
      ...settings,
      tol: 1e-12,
      maxIterations: 1,
      loss: 'hinge',
    })

    expect(solution.converged).toBe(false)
    expect(solution.iterations).toBe(1)
  })
})

describe('solveLinearSVR', () => {
  test.each(['hinge', 'squared_hinge'] as const)(
    'fits y = 0.5·x + 0.2 within the ε tube (%s loss)',
    (loss) => {
      const xs = [-1, -0.5, 0, 0.5, 1]
      const problem = problemOf(
        xs,
        xs.map((x) => 0.5 * x + 0.2),
      )

      const {weights, converged} = solveLinearSVR(problem, {
        ...settings,
        C: 100,
        loss,
        epsilon: 0.01,
      })

      expect(converged).toBe(true)
      for (const x of xs) {
        expect(Math.abs(weights[0]! * x + weights[1]! - (0.5 * x + 0.2))).toBeLessThan(0.02)
      }
    },
  )

  test('leaves targets inside the tube unfitted: all within ε of 0 gives w = 0', () => {
    const problem = problemOf([-1, 0, 1], [0.05, -0.05, 0.05])

    const {weights} = solveLinearSVR(problem, {...settings, loss: 'hinge', epsilon: 0.1})

    expect(Array.from(weights)).toEqual([0, 0])
  })
})
