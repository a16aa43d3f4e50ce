import {describe, expect, test} from 'vitest'

import {createRouterRegistry} from '../../../src/routers/registry.js'
import {routerDCHparamSchema} from '../../../src/routers/routerdc/routerdc-config.js'

describe('routerDCHparamSchema', () => {
  test('fills in the Python names and ours', () => {
    expect(routerDCHparamSchema.parse({})).toEqual({
      hidden_state_dim: 32,
      similarity_function: 'cos',
      batch_size: 64,
      learning_rate: 0.001,
      top_k: 3,
      last_k: 3,
      temperature: 0.1,
      cluster_loss_weight: 1,
      H: 3,
      n_clusters: 3,
      cluster_features: 'scores',
      projection: 'linear',
      hidden_dim: 256,
      epochs: 40,
      patience: 6,
      weight_decay: 0.1,
      validation_fraction: 0.1,
      checkpoint_metric: 'performance',
      decision: 'utility',
      calibration: 'global',
    })
  })

  test('rejects unknown keys, similarities and a batch too small to contrast', () => {
    expect(routerDCHparamSchema.safeParse({topk: 2}).success).toBe(false)
    expect(routerDCHparamSchema.safeParse({similarity_function: 'l2'}).success).toBe(false)
    expect(routerDCHparamSchema.safeParse({batch_size: 1}).success).toBe(false)
    expect(routerDCHparamSchema.safeParse({temperature: 0}).success).toBe(false)
  })
})

describe('routerdc in the registry', () => {
  test('answers to its Python names whatever the case', () => {
    const registry = createRouterRegistry()

    expect(registry.resolve('RouterDC').id).toBe('routerdc')
    expect(registry.resolve('router_dc').id).toBe('routerdc')
    expect(registry.resolve('DCRouter').id).toBe('routerdc')
  })
})
