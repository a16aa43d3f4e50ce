import {describe, expect, test} from 'vitest'

import {pairValueAtBudget} from '../../../../src/routers/hybrid-llm/math/pair-budget-value.js'

// Two models (small, large) on four queries in tasks A, A, B, B; small costs 1, large 5.
// The large model gains 1 on task A and 2 on task B, each for 8 more dollars.
const outcomes = {
  performance: Float32Array.from([1, 1, 0, 1, 0, 1, 0, 1]),
  queryCosts: Float64Array.from([1, 5, 1, 5, 1, 5, 1, 5]),
  tasks: ['A', 'A', 'B', 'B'],
  modelCount: 2,
}

describe('pairValueAtBudget', () => {
  test('sends the task with the best gain per dollar large first, the last one in part', () => {
    // Budget 0.5 × 20 − 4 = 6 buys 6/8 of task B: (1 + 2 × 6/8) / 4.
    expect(pairValueAtBudget(outcomes, 0, 1, 0.5)).toBeCloseTo(0.625, 9)
  })

  test('sends every task that gains large when the budget allows', () => {
    expect(pairValueAtBudget(outcomes, 0, 1, 1)).toBe(1)
  })

  test('gives null when the small model alone costs more than the budget', () => {
    expect(pairValueAtBudget(outcomes, 0, 1, 0.1)).toBeNull()
  })

  test('counts free gains whatever the budget when nothing is priced', () => {
    const unpriced = {...outcomes, queryCosts: new Float64Array(8)}

    expect(pairValueAtBudget(unpriced, 0, 1, 0.5)).toBe(1)
  })
})
