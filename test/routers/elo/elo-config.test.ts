import {describe, expect, test} from 'vitest'

import {eloHparamSchema} from '../../../src/routers/elo/elo-config.js'

describe('eloHparamSchema', () => {
  test('fills in the Python constants and our defaults', () => {
    expect(eloHparamSchema.parse({})).toEqual({
      mode: 'similarity',
      scale: 400,
      base: 10,
      init_rating: 1000,
      battles: 'all_pairs',
      ties: 'half',
      prior_strength: 1,
      n_neighbors: 128,
      similarity_prior_strength: 16,
      temperature: 0.2,
      max_iterations: 50,
      tolerance: 0.001,
      index: 'auto',
    })
  })

  test('rejects a base of 1, a prior of 0 and unknown keys, naming each', () => {
    const result = eloHparamSchema.safeParse({base: 1, prior_strength: 0, SCALE: 400})

    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.') || issue.code)).toEqual([
      'base',
      'prior_strength',
      'unrecognized_keys',
    ])
  })
})
