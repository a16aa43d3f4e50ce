import {UserError} from '../../errors/index.js'
import {ExactIndex, USearchIndex} from '../../index/index.js'
import type {VectorIndex} from '../../index/types.js'
import type {Artifact} from '../artifact/artifact-store.js'
import type {KNNHparam} from './knn-config.js'

/**
 * Half-precision vectors in the graph: on llmrouter-dcrouter recall@5 stays at 0.998 while batch
 * search runs about three times faster than with full precision.
 */
const hnswOptions = {quantization: 'f16'} as const

/**
 * From this many training queries on, `index: auto` searches an HNSW graph: a full scan of
 * 512-d rows then costs more than the 0.5 ms a route may take, and HNSW finds nearly the same
 * neighbours on routing data (recall@5 of 0.998 measured on llmrouter-dcrouter).
 */
const hnswFromRows = 2_000

/**
 * Decides which index knnrouter searches.
 * @param hparam - The `index` setting.
 * @param rowCount - Training queries.
 * @returns `exact` or `usearch`.
 */
export function chooseKNNIndex(hparam: Pick<KNNHparam, 'index'>, rowCount: number) {
  if (hparam.index !== 'auto') return hparam.index
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
 * Opens the index knnrouter searches: the stored HNSW graph when the artifact has one, else an
 * exact index over the stored embeddings.
 * @param artifact - The knnrouter artifact.
 * @returns The index, rows in training order.
 */
export function openKNNIndex(artifact: Artifact): VectorIndex {
  const {embeddings, hnsw} = artifact.arrays
  const dimension = artifact.manifest.embedding?.dimension ?? 0
  if (!(embeddings instanceof Float32Array) || dimension === 0) {
    throw new UserError('The knnrouter artifact has no training embeddings.', {
      code: 'ARTIFACT_INVALID',
      suggestions: ['Train it again with `llmrouter train --router knnrouter`.'],
    })
  }
  if (hnsw instanceof Uint8Array) return USearchIndex.fromBytes(dimension, hnsw, hnswOptions)
  const index = new ExactIndex(dimension, embeddings.length / dimension)
  index.add(splitRows(embeddings, dimension))
  return index
}

function splitRows(embeddings: Float32Array, dimension: number): Float32Array[] {
  const rows: Float32Array[] = []
  for (let start = 0; start < embeddings.length; start += dimension) {
    rows.push(embeddings.subarray(start, start + dimension))
  }
  return rows
}
