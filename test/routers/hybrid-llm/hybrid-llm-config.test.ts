import {describe, expect, test} from 'vitest'

import {hybridLLMHparamSchema} from '../../../src/routers/hybrid-llm/hybrid-llm-config.js'

describe('hybridLLMHparamSchema', () => {
  test('fills in the Python names and ours', () => {
    expect(hybridLLMHparamSchema.parse({})).toEqual({
      router_mode: 'probabilistic',
      router_tau: 0.1,
      router_threshold: 0.5,
      hidden_layer_sizes: [128, 64],
      activation: 'relu',
      solver: 'adam',
      alpha: 0.0001,
      batch_size: 200,
      learning_rate_init: 0.001,
      max_iter: 300,
      n_iter_no_change: 10,
      folds: 3,
      validation_fraction: 0.2,
      gap_prior_weight: 20,
      regression_loss: 'bce',
      decision: 'utility',
      anchor_to_threshold: true,
      pair: 'auto',
      small_llm: null,
      large_llm: null,
      pair_cost_share: 0.5,
      target_large_share: null,
    })
  })

  test('takes one hidden layer size as a number, as the command line gives it', () => {
    expect(hybridLLMHparamSchema.parse({hidden_layer_sizes: 32}).hidden_layer_sizes).toEqual([32])
  })

  test('rejects unknown keys, modes, solvers and shares outside 0..1', () => {
    expect(hybridLLMHparamSchema.safeParse({router_modes: 'deterministic'}).success).toBe(false)
    expect(hybridLLMHparamSchema.safeParse({router_mode: 'soft'}).success).toBe(false)
    expect(hybridLLMHparamSchema.safeParse({solver: 'sgd'}).success).toBe(false)
    expect(hybridLLMHparamSchema.safeParse({target_large_share: 1.5}).success).toBe(false)
    expect(hybridLLMHparamSchema.safeParse({router_tau: 0}).success).toBe(false)
  })
})
