import type {SeededRandom} from '../../../ml/index.js'

/** Which models are positives and negatives of each query, as 0/1 masks `[rows × models]`. */
export interface SampleLLMMasks {
  readonly positives: Float32Array
  readonly negatives: Float32Array
}

/** Options of `sampleLLMMasks`. */
export interface SampleLLMMaskOptions {
  readonly topK: number
  readonly lastK: number
  readonly random: SeededRandom
}

/**
 * Picks the sample-LLM loss's positives and negatives per query, as RouterDC does: the `topK`
 * models with the best outcomes are positives if they scored above 0, and the `lastK` with the
 * worst are negatives if they scored 0.5 or less. Missing (NaN) outcomes are neither. Equal
 * outcomes are ordered at random (seeded), so no model wins ties by its position. A model
 * picked as a positive is never also a negative of the same query.
 * @param performance - Outcomes, row-major by query; NaN = missing.
 * @param rows - Which queries, in batch order.
 * @param modelCount - Models per query.
 * @param options - K⁺, K⁻ and the tie-breaking stream.
 * @returns One row of masks per entry of `rows`.
 */
export function sampleLLMMasks(
  performance: Float32Array,
  rows: ArrayLike<number>,
  modelCount: number,
  options: SampleLLMMaskOptions,
): SampleLLMMasks {
  const positives = new Float32Array(rows.length * modelCount)
  const negatives = new Float32Array(rows.length * modelCount)
  for (let row = 0; row < rows.length; row++) {
    const base = rows[row]! * modelCount
    const recorded: {model: number; outcome: number; tieBreak: number}[] = []
    for (let model = 0; model < modelCount; model++) {
      const outcome = performance[base + model]!
      if (!Number.isNaN(outcome)) {
        recorded.push({model, outcome, tieBreak: options.random.nextUniform()})
      }
    }
    recorded.sort((a, b) => b.outcome - a.outcome || a.tieBreak - b.tieBreak)
    const offset = row * modelCount
    for (const {model, outcome} of recorded.slice(0, options.topK)) {
      if (outcome > 0) positives[offset + model] = 1
    }
    const worstFirst = recorded.reverse().slice(0, options.lastK)
    for (const {model, outcome} of worstFirst) {
      if (outcome <= 0.5 && positives[offset + model] === 0) negatives[offset + model] = 1
    }
  }
  return {positives, negatives}
}

/**
 * The cluster loss's pairs within a batch, as 0/1 matrices `[rows × rows]`: for each anchor,
 * one other query of its cluster (the positive) and `negativeCount` queries of other clusters.
 * An anchor without a partner in its cluster or with too few others is left out (`anchors` 0).
 */
export interface ClusterPairs {
  readonly positives: Float32Array
  readonly negatives: Float32Array
  /** 1 for each row that counts as an anchor. */
  readonly anchors: Float32Array
}

/**
 * Draws the cluster loss's positive and negatives for every query of a batch, seeded. Unlike
 * the Python code, an anchor never takes itself as its positive, which would make its positive
 * similarity a constant 1/τ under cosine.
 * Limitation: pairs come from the mini-batch only, as in RouterDC, so with many clusters and
 * small batches many anchors find no partner and the loss sees fewer pairs; raise batch_size.
 * @param clusters - The cluster of each query of the batch, in batch order.
 * @param negativeCount - H, negatives per anchor.
 * @param random - The drawing stream.
 * @returns The pair matrices and the anchor mask.
 */
export function clusterPairs(
  clusters: ArrayLike<number>,
  negativeCount: number,
  random: SeededRandom,
): ClusterPairs {
  const size = clusters.length
  const positives = new Float32Array(size * size)
  const negatives = new Float32Array(size * size)
  const anchors = new Float32Array(size)
  for (let anchor = 0; anchor < size; anchor++) {
    const same: number[] = []
    const other: number[] = []
    for (let row = 0; row < size; row++) {
      if (row === anchor) continue
      ;(clusters[row] === clusters[anchor] ? same : other).push(row)
    }
    if (same.length === 0 || other.length < negativeCount) continue
    anchors[anchor] = 1
    positives[anchor * size + same[random.nextInteger(same.length)]!] = 1
    for (const row of drawWithoutReplacement(other, negativeCount, random)) {
      negatives[anchor * size + row] = 1
    }
  }
  return {positives, negatives, anchors}
}

function drawWithoutReplacement(
  pool: readonly number[],
  count: number,
  random: SeededRandom,
): number[] {
  const items = [...pool]
  for (let index = 0; index < count; index++) {
    const pick = index + random.nextInteger(items.length - index)
    const held = items[index]!
    items[index] = items[pick]!
    items[pick] = held
  }
  return items.slice(0, count)
}
