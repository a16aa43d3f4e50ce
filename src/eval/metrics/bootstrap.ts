import type {ConfidenceInterval} from '../types.js'

/**
 * Makes the mulberry32 generator: 32-bit state, uniform floats in [0, 1), the same sequence on
 * every platform for the same seed.
 * @param seed - Any integer; only its low 32 bits are used.
 * @returns A function returning the next float of the sequence.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * How often each query appears in each bootstrap resample, stored query-major
 * (`counts[query * sampleCount + sample]`) so that one query's counts are contiguous.
 */
export interface BootstrapWeights {
  readonly queryCount: number
  readonly sampleCount: number
  readonly counts: Uint8Array | Uint16Array | Uint32Array
}

function drawCounts(
  counts: Uint8Array | Uint16Array | Uint32Array,
  queryCount: number,
  sampleCount: number,
  seed: number,
): boolean {
  const random = createSeededRandom(seed)
  const ceiling = counts.BYTES_PER_ELEMENT === 4 ? Infinity : 2 ** (8 * counts.BYTES_PER_ELEMENT)
  for (let sample = 0; sample < sampleCount; sample += 1) {
    for (let draw = 0; draw < queryCount; draw += 1) {
      const cell = Math.floor(random() * queryCount) * sampleCount + sample
      const next = counts[cell]! + 1
      if (next >= ceiling) return false
      counts[cell] = next
    }
  }
  return true
}

/**
 * Draws the resamples: sample `b` draws `queryCount` query indices uniformly with replacement,
 * in order b = 0, 1, …, from one mulberry32 stream. Every series of a report is measured on the
 * same resamples, so intervals of different routers are directly comparable.
 * @param queryCount - Test queries.
 * @param sampleCount - Resamples to draw.
 * @param seed - Seed of the generator.
 * @returns The resample counts.
 */
export function createBootstrapWeights(
  queryCount: number,
  sampleCount: number,
  seed: number,
): BootstrapWeights {
  const size = queryCount * sampleCount
  // Counts above 255 are astronomically rare; when one occurs the same draws are redone wider.
  let counts: Uint8Array | Uint16Array | Uint32Array = new Uint8Array(size)
  if (!drawCounts(counts, queryCount, sampleCount, seed)) {
    counts = queryCount < 65536 ? new Uint16Array(size) : new Uint32Array(size)
    drawCounts(counts, queryCount, sampleCount, seed)
  }
  return {queryCount, sampleCount, counts}
}

/** Resample sums of a pair of per-query value vectors (performance and cost). */
export interface ResampleSums {
  readonly first: Float64Array
  readonly second: Float64Array
}

/**
 * Adds weighted rows of the counts to resample sums, four rows per sweep over the samples so
 * each sum is loaded and stored once per four rows:
 * `first[b] += Σ_i counts[row(i), b] · firstValues[i]`, likewise for `second`.
 */
function accumulateRows(
  weights: BootstrapWeights,
  rows: Int32Array | null,
  length: number,
  firstValues: Float64Array,
  secondValues: Float64Array,
  sums: ResampleSums,
): void {
  const {counts, sampleCount} = weights
  const {first, second} = sums
  let index = 0
  for (; index + 3 < length; index += 4) {
    const f0 = firstValues[index]!
    const f1 = firstValues[index + 1]!
    const f2 = firstValues[index + 2]!
    const f3 = firstValues[index + 3]!
    const s0 = secondValues[index]!
    const s1 = secondValues[index + 1]!
    const s2 = secondValues[index + 2]!
    const s3 = secondValues[index + 3]!
    const o0 = (rows === null ? index : rows[index]!) * sampleCount
    const o1 = (rows === null ? index + 1 : rows[index + 1]!) * sampleCount
    const o2 = (rows === null ? index + 2 : rows[index + 2]!) * sampleCount
    const o3 = (rows === null ? index + 3 : rows[index + 3]!) * sampleCount
    for (let sample = 0; sample < sampleCount; sample += 1) {
      const c0 = counts[o0 + sample]!
      const c1 = counts[o1 + sample]!
      const c2 = counts[o2 + sample]!
      const c3 = counts[o3 + sample]!
      first[sample]! += c0 * f0 + c1 * f1 + c2 * f2 + c3 * f3
      second[sample]! += c0 * s0 + c1 * s1 + c2 * s2 + c3 * s3
    }
  }
  for (; index < length; index += 1) {
    const firstValue = firstValues[index]!
    const secondValue = secondValues[index]!
    const offset = (rows === null ? index : rows[index]!) * sampleCount
    for (let sample = 0; sample < sampleCount; sample += 1) {
      const count = counts[offset + sample]!
      first[sample]! += count * firstValue
      second[sample]! += count * secondValue
    }
  }
}

/**
 * Sums two per-query value vectors under every resample in one pass over the counts:
 * `first[b] = Σ_q counts[q, b] · firstValues[q]`, likewise for `second`.
 * @param weights - The resamples.
 * @param firstValues - One value per query.
 * @param secondValues - One value per query.
 * @param sums - Receives the sums; overwritten.
 */
export function resampleSums(
  weights: BootstrapWeights,
  firstValues: Float64Array,
  secondValues: Float64Array,
  sums: ResampleSums,
): void {
  sums.first.fill(0)
  sums.second.fill(0)
  accumulateRows(weights, null, weights.queryCount, firstValues, secondValues, sums)
}

/**
 * Adds per-query changes to resample sums, visiting only the listed queries.
 * @param weights - The resamples.
 * @param queries - Indices of the queries that changed; the first `length` entries are read.
 * @param length - How many entries of `queries` to read.
 * @param firstDeltas - Change of the first value, per listed query (same positions).
 * @param secondDeltas - Change of the second value, per listed query.
 * @param sums - Updated in place.
 */
export function addResampleDeltas(
  weights: BootstrapWeights,
  queries: Int32Array,
  length: number,
  firstDeltas: Float64Array,
  secondDeltas: Float64Array,
  sums: ResampleSums,
): void {
  accumulateRows(weights, queries, length, firstDeltas, secondDeltas, sums)
}

/**
 * Reads a percentile interval off resample sums, as means: the (1 − level)/2 and (1 + level)/2
 * quantiles, interpolated linearly between order statistics (the "type 7" rule).
 * @param sums - One sum per resample.
 * @param queryCount - Divisor turning a sum into a mean.
 * @param level - Coverage, e.g. 0.95.
 * @returns The interval of the mean.
 */
export function percentileInterval(
  sums: Float64Array,
  queryCount: number,
  level: number,
): ConfidenceInterval {
  const sorted = sums.slice().sort()
  const quantile = (probability: number) => {
    const position = probability * (sorted.length - 1)
    const below = Math.floor(position)
    const above = Math.min(below + 1, sorted.length - 1)
    const fraction = position - below
    return (sorted[below]! + fraction * (sorted[above]! - sorted[below]!)) / queryCount
  }
  return {low: quantile((1 - level) / 2), high: quantile((1 + level) / 2)}
}
