import {describe, expect, test} from 'vitest'

import {buildLambdaGrid, sweepLambdas} from '../../../src/services/eval/lambda-grid.js'

describe('buildLambdaGrid', () => {
  test('starts at 0 and stops once every query goes to its cheapest model', () => {
    const table = {
      candidates: ['cheap', 'dear'],
      performance: Float32Array.from([0.2, 0.9]),
      cost: Float64Array.from([1e-4, 1e-3]),
    }

    const grid = buildLambdaGrid([table])
    const last = grid.at(-1) ?? 0

    expect(grid[0]).toBe(0)
    expect(grid).toEqual([...grid].sort((a, b) => a - b))
    // The dear model stops paying off at λ = 0.7 / 9e-4 ≈ 778.
    expect(last).toBeGreaterThan(778)
    expect(grid.at(-2)).toBeLessThan(778)
  })

  test('has only λ = 0 when nothing costs anything', () => {
    const table = {
      candidates: ['a', 'b'],
      performance: Float32Array.from([0.2, 0.9]),
      cost: Float64Array.from([0, 0]),
    }

    expect(buildLambdaGrid([table])).toEqual([0])
  })
})

describe('sweepLambdas', () => {
  // 100 queries whose dear model stops paying off at λ between 556 and 611: the whole curve
  // falls between two neighbouring grid values.
  const rows = 100
  const cost = Float64Array.from({length: rows * 2}, (_, cell) => (cell % 2 === 0 ? 1e-4 : 1e-3))
  const table = {
    candidates: ['cheap', 'dear'],
    performance: Float32Array.from({length: rows * 2}, (_, cell) =>
      cell % 2 === 0 ? 0.2 : 0.7 + (Math.floor(cell / 2) / rows) * 0.05,
    ),
    cost,
  }
  const meanCost = (choices: Int32Array) =>
    Array.from(choices).reduce((sum, model, row) => sum + cost[row * 2 + model]!, 0) / rows

  test('fills in the curve until no two neighbouring points differ by more than 4% of its cost span', () => {
    const grid = buildLambdaGrid([table])
    const points = sweepLambdas(table, cost, grid)
    const costs = points.map((point) => meanCost(point.choices))
    const gaps = costs.slice(1).map((value, index) => Math.abs(value - costs[index]!))

    expect(points.length).toBeGreaterThan(grid.length)
    const lambdas = points.map((point) => point.lambda)
    expect(lambdas).toEqual([...lambdas].sort((a, b) => a - b))
    expect(Math.max(...gaps)).toBeLessThanOrEqual(0.04 * (Math.max(...costs) - Math.min(...costs)))
  })

  test('keeps the grid when one λ is asked for', () => {
    expect(sweepLambdas(table, cost, [500]).map((point) => point.lambda)).toEqual([500])
  })
})
