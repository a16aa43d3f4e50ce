import {describe, expect, test} from 'vitest'

import {mfHparamSchema} from '../../../src/routers/mf/mf-config.js'

describe('mfHparamSchema', () => {
  test('fills in the Python names and ours', () => {
    expect(mfHparamSchema.parse({})).toEqual({
      latent_dim: 128,
      text_dim: null,
      lr: 0.001,
      epochs: 50,
      noise_alpha: 0,
      decision: 'utility',
      calibration: 'global',
      batch_size: 64,
      weight_decay: 0.0001,
      validation_fraction: 0.1,
      patience: 5,
    })
  })

  test('rejects unknown keys and decisions', () => {
    expect(mfHparamSchema.safeParse({latent_dims: 8}).success).toBe(false)
    expect(mfHparamSchema.safeParse({decision: 'vote'}).success).toBe(false)
  })
})
