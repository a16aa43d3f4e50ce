import {describe, expect, test} from 'vitest'

import {decisionValues} from '../../../../src/routers/svm/math/kernel-expansion.js'
import {
  linearDecisionValues,
  pairProblem,
  regressionProblem,
  successProblem,
} from '../../../../src/routers/svm/math/svm-problems.js'

// Three queries, one feature plus the bias column.
const matrix = {features: Float32Array.from([1, 1, 2, 1, 3, 1]), width: 2}
// Two models; query 1's outcome for model 0 is missing, query 2's is fractional.
const performance = Float32Array.from([1, 0, Number.NaN, 1, 0.25, 0.5])

describe('successProblem', () => {
  test('splits a fractional outcome into a weighted success and failure, skipping missing', () => {
    const problem = successProblem(matrix, performance, 2, 0, Int32Array.from([0, 1, 2]))

    expect(Array.from(problem.rows)).toEqual([0, 2, 2])
    expect(Array.from(problem.targets)).toEqual([1, 1, -1])
    expect(Array.from(problem.weights)).toEqual([1, 0.25, 0.75])
  })

  test('keeps only the queries it is given', () => {
    const problem = successProblem(matrix, performance, 2, 1, Int32Array.from([1]))

    expect(Array.from(problem.rows)).toEqual([1])
    expect(Array.from(problem.targets)).toEqual([1])
  })
})

describe('regressionProblem', () => {
  test('targets each recorded performance', () => {
    const problem = regressionProblem(matrix, performance, 2, 1, Int32Array.from([0, 1, 2]))

    expect(Array.from(problem.rows)).toEqual([0, 1, 2])
    expect(Array.from(problem.targets)).toEqual([0, 1, 0.5])
  })
})

describe('pairProblem', () => {
  test('keeps the queries of the two classes, the first positive', () => {
    const problem = pairProblem(matrix, Int32Array.from([2, 0, -1]), 0, 2)

    expect(Array.from(problem.rows)).toEqual([0, 1])
    expect(Array.from(problem.targets)).toEqual([-1, 1])
  })
})

describe('decision values', () => {
  test('agree between the training features and a linear expansion', () => {
    const weights = Float64Array.from([0.5, -1])

    const training = linearDecisionValues(matrix, weights, Int32Array.from([2, 0]))
    const routing = decisionValues(
      {
        kernel: 'linear',
        centres: null,
        dimension: 1,
        coefficients: Float64Array.from([0.5]),
        intercepts: Float64Array.from([-1]),
        outputCount: 1,
      },
      Float32Array.from([3, 1]),
      2,
    )

    expect(Array.from(training)).toEqual([0.5, -0.5])
    expect(Array.from(routing)).toEqual([0.5, -0.5])
  })
})
