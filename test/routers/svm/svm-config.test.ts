import {describe, expect, test} from 'vitest'

import {svmHparamSchema} from '../../../src/routers/svm/svm-config.js'

describe('svmHparamSchema', () => {
  test('fills in the Python names and defaults, and ours', () => {
    expect(svmHparamSchema.parse({})).toEqual({
      kernel: 'rbf',
      C: 1,
      gamma: 'scale',
      probability: true,
      decision: 'utility',
      estimator: 'svc',
      approximation: 'nystroem',
      n_components: 512,
      loss: 'squared_hinge',
      epsilon: 0.1,
      tol: 0.01,
      max_iter: 1000,
      calibration_folds: 5,
    })
  })

  test('takes gamma as a name or a positive number', () => {
    expect(svmHparamSchema.parse({gamma: 'auto'}).gamma).toBe('auto')
    expect(svmHparamSchema.parse({gamma: 0.5}).gamma).toBe(0.5)
    expect(svmHparamSchema.safeParse({gamma: 0}).success).toBe(false)
    expect(svmHparamSchema.safeParse({gamma: 'wide'}).success).toBe(false)
  })

  test('rejects unknown keys, kernels it does not offer and a non-positive C', () => {
    expect(svmHparamSchema.safeParse({kernal: 'rbf'}).success).toBe(false)
    expect(svmHparamSchema.safeParse({kernel: 'poly'}).success).toBe(false)
    expect(svmHparamSchema.safeParse({C: 0}).success).toBe(false)
    expect(svmHparamSchema.safeParse({approximation: 'smo'}).success).toBe(false)
  })

  test('refuses probability: false with decision: utility and says what to set', () => {
    const parsed = svmHparamSchema.safeParse({probability: false})

    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['probability'])
    expect(parsed.error?.issues[0]?.message).toMatch(/set probability: true/)
    expect(svmHparamSchema.safeParse({probability: false, decision: 'argmax'}).success).toBe(true)
  })
})
