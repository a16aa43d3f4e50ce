import {describe, expect, test} from 'vitest'

import {createNystroemMap, nystroemFeatures} from '../../../src/routers/svm/math/nystroem-map.js'
import {nystroemFeaturesInBatch} from '../../../src/routers/svm/nystroem-batch.js'

const points = Float32Array.from([1, 0, 0, 1, 0.6, 0.8, -1, 0, 0.3, -0.9])

describe('nystroemFeaturesInBatch', () => {
  test('matches the TypeScript features up to single-precision rounding', async () => {
    const map = createNystroemMap(points, 2, {count: 4, gamma: 0.9, seed: 5})

    const batch = await nystroemFeaturesInBatch(map, points)
    const loop = nystroemFeatures(map, points)

    expect(batch.length).toBe(loop.length)
    loop.forEach((value, index) => expect(batch[index]).toBeCloseTo(value, 4))
  })
})
