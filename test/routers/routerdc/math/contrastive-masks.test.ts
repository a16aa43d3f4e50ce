import {describe, expect, test} from 'vitest'

import {createSeededRandom} from '../../../../src/ml/index.js'
import {
  clusterPairs,
  sampleLLMMasks,
} from '../../../../src/routers/routerdc/math/contrastive-masks.js'

const options = (topK: number, lastK: number) => ({topK, lastK, random: createSeededRandom(1)})

describe('sampleLLMMasks', () => {
  test('takes the best models above 0 as positives and the worst at or under 0.5 as negatives', () => {
    const performance = Float32Array.from([0.9, 0.1, 0.6, 0.3, 0.8])

    const {positives, negatives} = sampleLLMMasks(performance, [0], 5, options(2, 2))

    expect(Array.from(positives)).toEqual([1, 0, 0, 0, 1])
    expect(Array.from(negatives)).toEqual([0, 1, 0, 1, 0])
  })

  test('leaves missing outcomes out and never takes a failed model as a positive', () => {
    const performance = Float32Array.from([Number.NaN, 0, 1, 0, Number.NaN, 0.7])

    const {positives, negatives} = sampleLLMMasks(performance, [0, 1], 3, options(2, 1))

    // Model 0 of row 0 and model 1 of row 1 are missing: neither positive nor negative.
    expect(Array.from(positives)).toEqual([0, 0, 1, 0, 0, 1])
    expect(Array.from(negatives)).toEqual([0, 1, 0, 1, 0, 0])
  })

  test('never makes a model both a positive and a negative of one query', () => {
    const performance = Float32Array.from([0.4, 0.2])

    const {positives, negatives} = sampleLLMMasks(performance, [0], 2, options(2, 2))

    expect(Array.from(positives)).toEqual([1, 1])
    expect(Array.from(negatives)).toEqual([0, 0])
  })

  test('breaks ties among equal outcomes at random rather than by model order', () => {
    const performance = new Float32Array(40 * 4).fill(1)
    const rows = Array.from({length: 40}, (_, index) => index)

    const {positives} = sampleLLMMasks(performance, rows, 4, options(1, 1))

    const timesPicked = [0, 1, 2, 3].map((model) =>
      rows.reduce((count, row) => count + (positives[row * 4 + model] ?? 0), 0),
    )
    expect(timesPicked.reduce((sum, count) => sum + count, 0)).toBe(40)
    expect(timesPicked.every((count) => count > 0)).toBe(true)
  })
})

describe('clusterPairs', () => {
  test('pairs each anchor with another query of its cluster and negatives from the others', () => {
    const clusters = [0, 0, 1, 1, 2]

    const {positives, negatives, anchors} = clusterPairs(clusters, 2, createSeededRandom(4))

    // Query 4 is alone in its cluster, so it can't be an anchor.
    expect(Array.from(anchors)).toEqual([1, 1, 1, 1, 0])
    expect(positives[0 * 5 + 1]).toBe(1)
    expect(positives[2 * 5 + 3]).toBe(1)
    for (let anchor = 0; anchor < 4; anchor++) {
      const row = Array.from(negatives.subarray(anchor * 5, anchor * 5 + 5))
      expect(row.reduce((sum, value) => sum + value, 0)).toBe(2)
      row.forEach((value, other) => {
        if (value === 1) expect(clusters[other]).not.toBe(clusters[anchor])
      })
    }
  })

  test('leaves out anchors with fewer other-cluster queries than H', () => {
    const {anchors} = clusterPairs([0, 0, 0, 1], 2, createSeededRandom(4))

    expect(Array.from(anchors)).toEqual([0, 0, 0, 0])
  })
})
