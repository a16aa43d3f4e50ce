import {describe, expect, test} from 'vitest'

import {
  createSeededRandom,
  deriveSeed,
  randomPermutation,
} from '../../../src/ml/math/seeded-random.js'

describe('createSeededRandom', () => {
  test('repeats its stream for the same seed and changes it for another', () => {
    const draw = (seed: number) => {
      const random = createSeededRandom(seed)
      return Array.from({length: 5}, () => random.nextUniform())
    }

    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    expect(draw(0.5)).not.toEqual(draw(0.25))
  })

  test('draws uniforms in [0, 1) and normals with mean 0 and variance 1', () => {
    const random = createSeededRandom(1)
    const uniforms = Array.from({length: 20_000}, () => random.nextUniform())
    const normals = Array.from({length: 20_000}, () => random.nextNormal())
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...uniforms)).toBeLessThan(1)
    expect(mean(uniforms)).toBeCloseTo(0.5, 1)
    expect(mean(normals)).toBeCloseTo(0, 1)
    expect(mean(normals.map((value) => value * value))).toBeCloseTo(1, 1)
  })
})

describe('randomPermutation', () => {
  test('holds every index once, in a seeded order', () => {
    const permutation = randomPermutation(100, createSeededRandom(3))

    expect([...permutation].sort((left, right) => left - right)).toEqual(
      Array.from({length: 100}, (_, index) => index),
    )
    expect(permutation).toEqual(randomPermutation(100, createSeededRandom(3)))
    expect(permutation).not.toEqual(randomPermutation(100, createSeededRandom(4)))
  })
})

describe('deriveSeed', () => {
  test('gives different seeds for different parts and the same for the same', () => {
    const seeds = Array.from({length: 1000}, (_, step) => deriveSeed(7, step))

    expect(new Set(seeds).size).toBe(1000)
    expect(deriveSeed(7, 1, 2)).toBe(deriveSeed(7, 1, 2))
    expect(deriveSeed(7, 1, 2)).not.toBe(deriveSeed(7, 2, 1))
  })
})
