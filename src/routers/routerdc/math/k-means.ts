import {createSeededRandom} from '../../../ml/index.js'

/** The outcome of `kMeans`. */
export interface KMeansResult {
  /** The cluster of each point, 0 … `clusterCount` − 1. */
  readonly assignments: Int32Array
  /** Centroids row-major, `dimension` values each. */
  readonly centroids: Float64Array
  /** Clusters actually made: fewer than asked when there are fewer distinct points. */
  readonly clusterCount: number
}

const maximumIterations = 100

/**
 * Clusters points by K-means: seeded k-means++ seeding, then Lloyd iterations until no point
 * changes cluster. A cluster that empties keeps its old centroid.
 * @param points - Points row-major, `dimension` values each; no NaN.
 * @param dimension - Values per point.
 * @param clusters - K; capped at the number of distinct points.
 * @param seed - Seed of the k-means++ draws.
 * @returns Each point's cluster and the centroids.
 */
export function kMeans(
  points: Float64Array,
  dimension: number,
  clusters: number,
  seed: number,
): KMeansResult {
  const pointCount = Math.floor(points.length / dimension)
  const centroids = seedCentroids(points, dimension, pointCount, clusters, seed)
  const clusterCount = centroids.length / dimension
  const assignments = new Int32Array(pointCount).fill(-1)
  for (let iteration = 0; iteration < maximumIterations; iteration++) {
    let changed = false
    for (let point = 0; point < pointCount; point++) {
      const nearest = nearestCentroid(points, point, centroids, dimension)
      if (nearest !== assignments[point]) {
        assignments[point] = nearest
        changed = true
      }
    }
    if (!changed) break
    moveCentroids(points, assignments, centroids, dimension)
  }
  return {assignments, centroids, clusterCount}
}

/** k-means++: each new centroid is drawn with probability proportional to squared distance. */
function seedCentroids(
  points: Float64Array,
  dimension: number,
  pointCount: number,
  clusters: number,
  seed: number,
): Float64Array {
  if (pointCount === 0) return new Float64Array(0)
  const random = createSeededRandom(seed)
  const chosen: number[] = [random.nextInteger(pointCount)]
  const distances = new Float64Array(pointCount).fill(Number.POSITIVE_INFINITY)
  while (chosen.length < clusters) {
    const latest = chosen.at(-1)!
    let total = 0
    for (let point = 0; point < pointCount; point++) {
      const distance = squaredDistance(
        points,
        point * dimension,
        points,
        latest * dimension,
        dimension,
      )
      distances[point] = Math.min(distances[point]!, distance)
      total += distances[point]!
    }
    // Every point sits on a centroid already: there are no more distinct points to take.
    if (total <= 0) break
    let target = random.nextUniform() * total
    let next = pointCount - 1
    for (let point = 0; point < pointCount; point++) {
      target -= distances[point]!
      if (target < 0 && distances[point]! > 0) {
        next = point
        break
      }
    }
    chosen.push(next)
  }
  const centroids = new Float64Array(chosen.length * dimension)
  chosen.forEach((point, cluster) => {
    centroids.set(points.subarray(point * dimension, (point + 1) * dimension), cluster * dimension)
  })
  return centroids
}

function nearestCentroid(
  points: Float64Array,
  point: number,
  centroids: Float64Array,
  dimension: number,
): number {
  let best = 0
  let bestDistance = Number.POSITIVE_INFINITY
  const clusterCount = centroids.length / dimension
  for (let cluster = 0; cluster < clusterCount; cluster++) {
    const distance = squaredDistance(
      points,
      point * dimension,
      centroids,
      cluster * dimension,
      dimension,
    )
    if (distance < bestDistance) {
      best = cluster
      bestDistance = distance
    }
  }
  return best
}

function moveCentroids(
  points: Float64Array,
  assignments: Int32Array,
  centroids: Float64Array,
  dimension: number,
): void {
  const clusterCount = centroids.length / dimension
  const sums = new Float64Array(centroids.length)
  const counts = new Float64Array(clusterCount)
  assignments.forEach((cluster, point) => {
    counts[cluster]! += 1
    for (let axis = 0; axis < dimension; axis++) {
      sums[cluster * dimension + axis]! += points[point * dimension + axis]!
    }
  })
  for (let cluster = 0; cluster < clusterCount; cluster++) {
    const count = counts[cluster]!
    if (count === 0) continue
    for (let axis = 0; axis < dimension; axis++) {
      centroids[cluster * dimension + axis] = sums[cluster * dimension + axis]! / count
    }
  }
}

function squaredDistance(
  left: Float64Array,
  leftOffset: number,
  right: Float64Array,
  rightOffset: number,
  dimension: number,
): number {
  let sum = 0
  for (let axis = 0; axis < dimension; axis++) {
    const difference = left[leftOffset + axis]! - right[rightOffset + axis]!
    sum += difference * difference
  }
  return sum
}
