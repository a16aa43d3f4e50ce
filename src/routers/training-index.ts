import {UserError} from '../errors/index.js'
import {ExactIndex, USearchIndex} from '../index/index.js'
import type {Neighbours, VectorIndex} from '../index/types.js'
import type {Artifact} from './artifact/artifact-store.js'

/** The `index` setting of routers that search their training queries. */
export type TrainingIndexSetting = 'auto' | 'exact' | 'usearch'

/**
 * Half-precision vectors in the graph: on llmrouter-dcrouter recall@5 stays at 0.998 while batch
 * search runs about three times faster than with full precision.
 */
const hnswOptions = {quantization: 'f16'} as const

/**
 * From this many training queries on, `index: auto` searches an HNSW graph: a full scan of
 * 512-d rows then costs more than the 0.5 ms a knnrouter route may take, and HNSW finds nearly
 * the same neighbours on routing data (recall@5 of 0.998 measured on llmrouter-dcrouter).
 */
const hnswFromRows = 2_000

/**
 * Decides which index a router searches its training queries with.
 * @param setting - The router's `index` setting.
 * @param rowCount - Training queries.
 * @returns `exact` or `usearch`.
 */
export function chooseTrainingIndex(
  setting: TrainingIndexSetting,
  rowCount: number,
): 'exact' | 'usearch' {
  if (setting !== 'auto') return setting
  return rowCount >= hnswFromRows ? 'usearch' : 'exact'
}

/**
 * Builds the HNSW graph over the training embeddings at training time, so the artifact carries
 * it and loading skips the build (about a second for 5,000 queries).
 * @param embeddings - Training embeddings, row-major.
 * @param dimension - Floats per embedding.
 * @returns The serialised graph.
 */
export function buildHNSWBytes(embeddings: Float32Array, dimension: number): Uint8Array {
  const index = new USearchIndex(dimension, hnswOptions)
  index.add(splitRows(embeddings, dimension))
  return index.toBytes()
}

/**
 * Opens the index over a router's training queries: the stored HNSW graph when the artifact has
 * one (array `hnsw`), else an exact index over the stored embeddings (array `embeddings`).
 * @param artifact - The router's artifact.
 * @returns The index, rows in training order.
 */
export function openTrainingIndex(artifact: Artifact): VectorIndex {
  const {embeddings, hnsw} = artifact.arrays
  const {router} = artifact.manifest
  const dimension = artifact.manifest.embedding?.dimension ?? 0
  if (!(embeddings instanceof Float32Array) || dimension === 0) {
    throw new UserError(`The ${router} artifact has no training embeddings.`, {
      code: 'ARTIFACT_INVALID',
      suggestions: [`Train it again with \`llmrouter train --router ${router}\`.`],
    })
  }
  if (hnsw instanceof Uint8Array) return USearchIndex.fromBytes(dimension, hnsw, hnswOptions)
  const index = new ExactIndex(dimension, embeddings.length / dimension)
  index.add(splitRows(embeddings, dimension))
  return index
}

/**
 * Finds each query's nearest training queries, batched where the index can batch.
 * @param index - The training index.
 * @param vectors - One embedding per query.
 * @param k - Neighbours per query.
 * @returns Neighbours per query, closest first.
 */
export function searchTrainingIndex(
  index: VectorIndex,
  vectors: readonly Float32Array[],
  k: number,
): Neighbours[] {
  if (index.searchBatch) return index.searchBatch(vectors, k)
  return vectors.map((vector) => index.search(vector, k))
}

function splitRows(embeddings: Float32Array, dimension: number): Float32Array[] {
  const rows: Float32Array[] = []
  for (let start = 0; start < embeddings.length; start += dimension) {
    rows.push(embeddings.subarray(start, start + dimension))
  }
  return rows
}
