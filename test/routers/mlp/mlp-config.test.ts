import {describe, expect, test} from 'vitest'

import {mlpHparamSchema} from '../../../src/routers/mlp/mlp-config.js'

describe('mlpHparamSchema', () => {
  test('fills in the Python defaults and ours', () => {
    expect(mlpHparamSchema.parse({})).toEqual({
      hidden_layer_sizes: [128, 64],
      activation: 'relu',
      lr: 0.001,
      epochs: 100,
      batch_size: 32,
      alpha: 0.0001,
      objective: 'regress',
      regression_loss: 'bce',
      dropout: 0,
      validation_fraction: 0.1,
      patience: 10,
    })
  })

  test('reads one number as a single hidden layer, as a command-line override gives it', () => {
    expect(mlpHparamSchema.parse({hidden_layer_sizes: 256}).hidden_layer_sizes).toEqual([256])
  })

  test('rejects unknown keys, empty layers and unknown activations', () => {
    expect(mlpHparamSchema.safeParse({hidden_layers: [8]}).success).toBe(false)
    expect(mlpHparamSchema.safeParse({hidden_layer_sizes: [0]}).success).toBe(false)
    expect(mlpHparamSchema.safeParse({activation: 'gelu'}).success).toBe(false)
  })
})
