import {describe, expect, test} from 'vitest'

import {graphHparamSchema} from '../../../src/routers/graph/graph-config.js'

describe('graphHparamSchema', () => {
  test('fills in the Python names and ours', () => {
    expect(graphHparamSchema.parse({})).toEqual({
      hidden_dim: 64,
      learning_rate: 0.003,
      weight_decay: 0.0001,
      train_epoch: 100,
      batch_size: 1,
      train_mask_rate: 0.3,
      val_split_ratio: 0.2,
      num_layers: 2,
      decision: 'utility',
      task_edge_dropout: 0.1,
      dropout: 0.1,
      patience: 10,
    })
  })

  test('rejects unknown keys, decisions and a mask rate of 0', () => {
    expect(graphHparamSchema.safeParse({hidden_dims: 8}).success).toBe(false)
    expect(graphHparamSchema.safeParse({decision: 'vote'}).success).toBe(false)
    expect(graphHparamSchema.safeParse({train_mask_rate: 0}).success).toBe(false)
  })
})
