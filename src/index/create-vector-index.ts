import {UserError} from '../errors/index.js'
import {ExactIndex} from './exact-index.js'
import {FaissIndex} from './faiss-index.js'
import type {VectorIndex} from './types.js'
import {USearchIndex, type USearchIndexOptions} from './usearch-index.js'
import {readVectorFile} from './vector-file.js'

/** Which implementation to build; `auto` picks by expected size. */
export type VectorIndexKind = 'auto' | 'exact' | 'usearch' | 'faiss'

/** Options of `createVectorIndex`. */
export interface VectorIndexOptions {
  readonly dimension: number
  /** `auto` by default: exact below `exactIndexLimit` vectors, usearch HNSW above. */
  readonly kind?: VectorIndexKind
  /** How many vectors will be added; guides `auto` and reserves room. */
  readonly expectedSize?: number
  /** HNSW settings, for `usearch`. */
  readonly usearch?: USearchIndexOptions
}

/** Up to this many vectors a full scan is fast enough (about 3 ms a query at 512-d) and exact. */
export const exactIndexLimit = 50_000

const kinds: readonly VectorIndexKind[] = ['auto', 'exact', 'usearch', 'faiss']

/**
 * Creates an empty vector index of the requested or most suitable kind.
 * @param options - Dimension, kind and expected size.
 * @returns The index.
 */
export function createVectorIndex(options: VectorIndexOptions): VectorIndex {
  const kind = options.kind ?? 'auto'
  switch (kind) {
    case 'auto':
      return (options.expectedSize ?? 0) < exactIndexLimit
        ? new ExactIndex(options.dimension, options.expectedSize)
        : new USearchIndex(options.dimension, options.usearch)
    case 'exact':
      return new ExactIndex(options.dimension, options.expectedSize)
    case 'usearch':
      return new USearchIndex(options.dimension, options.usearch)
    case 'faiss':
      return new FaissIndex(options.dimension)
    default:
      throw new UserError(
        `Vector index kind "${String(kind)}" isn't known. Known kinds: ${kinds.join(', ')}.`,
        {
          code: 'USAGE',
        },
      )
  }
}

/**
 * Restores an index saved with `VectorIndex.save`, whatever its kind.
 * @param path - The file.
 * @returns The index.
 */
export async function loadVectorIndex(path: string): Promise<VectorIndex> {
  const {header} = await readVectorFile(path)
  switch (header.kind) {
    case 'exact':
      return ExactIndex.load(path)
    case 'usearch':
      return USearchIndex.load(path)
    case 'faiss':
      return FaissIndex.load(path)
    default:
      throw new UserError(`${path} holds an index of unknown kind "${header.kind}".`, {
        code: 'ARTIFACT_INVALID',
      })
  }
}
