import {describe, expect, test} from 'vitest'

import {buildLambdaGrid} from '../../../src/services/eval/lambda-grid.js'

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
