import {describe, expect, test} from 'vitest'
import {z} from 'zod'
import {knnHparamSchema} from '../../../src/routers/knn/knn-config.js'

describe('knnHparamSchema', () => {
  test('fills in the Python defaults and ours', () => {
    expect(knnHparamSchema.parse({})).toEqual({
      n_neighbors: 5,
      weights: 'uniform',
      algorithm: 'auto',
      leaf_size: 30,
      p: 2,
      metric: 'minkowski',
      n_jobs: -1,
      label_mode: 'score',
      prior_strength: 1,
      index: 'auto',
    })
  })

  test('keeps the values a Python config sets', () => {
    const hparam = {n_neighbors: 3, weights: 'distance', algorithm: 'brute', metric: 'cosine'}

    expect(knnHparamSchema.parse(hparam)).toMatchObject(hparam)
  })

  test('rejects a fractional neighbour count', () => {
    const result = knnHparamSchema.safeParse({n_neighbors: 2.5})

    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['n_neighbors']])
  })

  test('rejects p: 1, naming p, since only Euclidean distance is supported', () => {
    const result = knnHparamSchema.safeParse({p: 1})

    if (result.success) throw new Error('expected p: 1 to be rejected')
    expect(result.error.issues.map((issue) => issue.path)).toEqual([['p']])
    expect(z.prettifyError(result.error)).toMatch(/expected 2\n\s*→ at p$/)
  })

  test('rejects the Manhattan metric and unknown keys', () => {
    expect(knnHparamSchema.safeParse({metric: 'manhattan'}).success).toBe(false)
    expect(knnHparamSchema.safeParse({n_neighbours: 7}).success).toBe(false)
  })
})
