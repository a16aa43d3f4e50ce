import {describe, expect, test} from 'vitest'

import {kMeans} from '../../../../src/routers/routerdc/math/k-means.js'

const twoGroups = Float64Array.from([0, 0, 0.1, 0, 0, 0.1, 5, 5, 5.1, 5, 5, 5.1])

describe('kMeans', () => {
  test('puts two well separated groups in two clusters', () => {
    const {assignments, clusterCount} = kMeans(twoGroups, 2, 2, 3)

    const [first, , , fourth] = Array.from(assignments)
    expect(clusterCount).toBe(2)
    expect(Array.from(assignments)).toEqual([first, first, first, fourth, fourth, fourth])
    expect(first).not.toBe(fourth)
  })

  test('places each centroid at the mean of its cluster', () => {
    const {assignments, centroids} = kMeans(twoGroups, 2, 2, 3)

    const cluster = assignments[0] ?? 0
    expect(centroids[cluster * 2]).toBeCloseTo(0.1 / 3, 10)
    expect(centroids[cluster * 2 + 1]).toBeCloseTo(0.1 / 3, 10)
  })

  test('makes no more clusters than there are distinct points', () => {
    const repeated = Float64Array.from([1, 0, 1, 0, 0, 1, 0, 1])

    const {assignments, clusterCount} = kMeans(repeated, 2, 5, 1)

    expect(clusterCount).toBe(2)
    expect(new Set(assignments).size).toBe(2)
  })

  test('gives the same clusters for the same seed', () => {
    const points = Float64Array.from({length: 60}, (_, index) => Math.sin(index * 1.7))

    const first = kMeans(points, 3, 4, 9)
    const second = kMeans(points, 3, 4, 9)

    expect(Array.from(second.assignments)).toEqual(Array.from(first.assignments))
    expect(Array.from(second.centroids)).toEqual(Array.from(first.centroids))
  })
})
