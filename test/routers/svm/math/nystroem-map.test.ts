import {describe, expect, test} from 'vitest'

import {decisionValues} from '../../../../src/routers/svm/math/kernel-expansion.js'
import {
  createNystroemMap,
  foldOntoLandmarks,
  nystroemFeatures,
} from '../../../../src/routers/svm/math/nystroem-map.js'
import {
  createKernelCentres,
  kernelRow,
  resolveGamma,
} from '../../../../src/routers/svm/math/rbf-kernel.js'

const points = Float32Array.from([1, 0, 0, 1, 0.6, 0.8, -1, 0, 0.3, -0.9])

describe('resolveGamma', () => {
  test('computes scikit-learn’s scale and auto rules', () => {
    const inputs = Float32Array.from([0, 2, 4, 6])

    // Values 0, 2, 4, 6: variance 5; two columns.
    expect(resolveGamma('scale', inputs, 2)).toBeCloseTo(1 / 10, 12)
    expect(resolveGamma('auto', inputs, 2)).toBe(0.5)
    expect(resolveGamma(0.25, inputs, 2)).toBe(0.25)
    expect(resolveGamma('scale', Float32Array.from([3, 3]), 2)).toBe(1)
  })
})

describe('kernelRow', () => {
  test('gives exp(−γ‖x − c‖²) against each centre', () => {
    const centres = createKernelCentres(Float32Array.from([0, 0, 1, 1]), 2, 0.5)
    const into = new Float64Array(2)

    kernelRow(centres, Float32Array.from([1, 0]), 0, into)

    expect(into[0]).toBeCloseTo(Math.exp(-0.5), 12)
    expect(into[1]).toBeCloseTo(Math.exp(-0.5), 12)
  })
})

describe('createNystroemMap', () => {
  test('reproduces the kernel exactly between landmarks when every point is one', () => {
    const map = createNystroemMap(points, 2, {count: 5, gamma: 0.7, seed: 1})

    const features = nystroemFeatures(map, points)

    const kernel = new Float64Array(5)
    for (let row = 0; row < 5; row++) {
      kernelRow(map.landmarks, points, row, kernel)
      for (let other = 0; other < 5; other++) {
        let dot = 0
        for (let index = 0; index < 5; index++) {
          dot += features[row * 6 + index]! * features[other * 6 + index]!
        }
        const landmark = Array.from(map.landmarks.values.slice(other * 2, other * 2 + 2))
        const position = [0, 1, 2, 3, 4].find(
          (candidate) =>
            points[candidate * 2] === landmark[0] && points[candidate * 2 + 1] === landmark[1],
        )
        expect(dot).toBeCloseTo(kernel[position ?? 0]!, 4)
      }
      expect(features[row * 6 + 5]).toBe(1)
    }
  })

  test('picks the same landmarks for the same seed and keeps at most the rows it has', () => {
    const first = createNystroemMap(points, 2, {count: 3, gamma: 1, seed: 4})
    const again = createNystroemMap(points, 2, {count: 3, gamma: 1, seed: 4})
    const all = createNystroemMap(points, 2, {count: 50, gamma: 1, seed: 4})

    expect(Array.from(again.landmarks.values)).toEqual(Array.from(first.landmarks.values))
    expect(first.landmarks.count).toBe(3)
    expect(all.landmarks.count).toBe(5)
  })

  test('factors duplicate landmarks by raising the ridge', () => {
    const duplicated = Float32Array.from([1, 0, 1, 0, 0, 1])

    const map = createNystroemMap(duplicated, 2, {count: 3, gamma: 1, seed: 2})

    expect(Array.from(nystroemFeatures(map, duplicated)).every(Number.isFinite)).toBe(true)
  })
})

describe('foldOntoLandmarks', () => {
  test('gives the same decision values as the weights on the features', () => {
    const map = createNystroemMap(points, 2, {count: 3, gamma: 0.8, seed: 9})
    const weights = Float64Array.from([0.3, -1.2, 0.7, 0.25])
    const query = Float32Array.from([0.5, 0.5])

    const features = nystroemFeatures(map, query)
    const direct = [0, 1, 2, 3].reduce((sum, index) => sum + weights[index]! * features[index]!, 0)
    const folded = decisionValues(
      {
        kernel: 'rbf',
        centres: map.landmarks,
        dimension: 2,
        coefficients: foldOntoLandmarks(map, weights),
        intercepts: Float64Array.from([weights[3]!]),
        outputCount: 1,
      },
      query,
      1,
    )

    expect(folded[0]).toBeCloseTo(direct, 5)
  })
})
