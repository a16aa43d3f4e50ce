import {randomUUID} from 'node:crypto'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {ExternalError, UserError} from '../errors/index.js'
import {normalizedCopy} from './top-k.js'
import type {Neighbours, VectorIndex} from './types.js'
import {requireUSearch, type USearchModule} from './usearch-module.js'
import {readVectorFile, writeVectorFile} from './vector-file.js'

/** HNSW graph settings; usearch's defaults when left out. */
export interface USearchIndexOptions {
  /** Links per node (M). */
  readonly connectivity?: number
  /** Candidate list size while adding (efConstruction). */
  readonly expansionAdd?: number
  /** Candidate list size while searching (ef); higher is more exact and slower. */
  readonly expansionSearch?: number
  /** How stored vectors are kept: `f16` halves memory and doubles speed at near-equal recall. */
  readonly quantization?: 'f32' | 'f16' | 'i8'
}

type NativeIndex = InstanceType<USearchModule['Index']>

/**
 * Approximate cosine search on usearch's HNSW graph, for collections too big to scan. Rows are
 * the usearch keys, so they keep the order vectors were added in.
 */
export class USearchIndex implements VectorIndex {
  readonly kind = 'usearch'
  readonly dimension: number
  readonly #index: NativeIndex
  /**
   * Threads a batch search may use. usearch keeps one search context per thread it reserved
   * room for: loading reserves one per core, but `add` (one thread, for a reproducible graph)
   * reserves one, and a search on more threads then fails with "Reserve capacity ahead of
   * searches!". So an index that was added to searches on one thread.
   */
  #batchThreads = 0

  /**
   * Creates an empty index.
   * @param dimension - Length of every vector.
   * @param options - HNSW settings.
   */
  constructor(dimension: number, options: USearchIndexOptions = {}) {
    const usearch = requireUSearch()
    if (usearch instanceof Error) {
      throw new ExternalError(`usearch's native addon doesn't load: ${usearch.message}`, {
        code: 'INTERNAL',
        cause: usearch,
        suggestions: ['Reinstall usearch for this platform, or use the exact index.'],
      })
    }
    this.dimension = dimension
    this.#index = new usearch.Index({
      dimensions: dimension,
      metric: usearch.MetricKind.Cos,
      quantization: scalarKind(usearch, options.quantization ?? 'f32'),
      connectivity: options.connectivity ?? 0,
      expansion_add: options.expansionAdd ?? 0,
      expansion_search: options.expansionSearch ?? 0,
      multi: false,
    })
  }

  /**
   * Restores an index saved with `save`.
   * @param path - The file.
   * @returns The index.
   */
  static async load(path: string): Promise<USearchIndex> {
    const {header, payload} = await readVectorFile(path)
    if (header.kind !== 'usearch') {
      throw new UserError(`${path} doesn't hold a usearch index.`, {code: 'ARTIFACT_INVALID'})
    }
    const index = new USearchIndex(header.dimension)
    await withTemporaryFile(async (temporary) => {
      await writeFile(temporary, payload)
      index.#index.load(temporary)
    })
    return index
  }

  get size(): number {
    return this.#index.size()
  }

  add(vectors: readonly Float32Array[]): void {
    if (vectors.length === 0) return
    const packed = new Float32Array(vectors.length * this.dimension)
    vectors.forEach((vector, index) => {
      this.#checkLength(vector)
      packed.set(normalizedCopy(vector), index * this.dimension)
    })
    const first = this.size
    const keys = BigUint64Array.from(vectors, (_, index) => BigInt(first + index))
    // One thread: a multi-threaded build links the graph in a different order on every run.
    this.#index.add(keys, packed, 1)
    this.#batchThreads = 1
  }

  search(query: Float32Array, k: number): Neighbours {
    this.#checkLength(query)
    const count = Math.min(Math.floor(k), this.size)
    if (count <= 0) return {rows: new Int32Array(0), distances: new Float32Array(0)}
    const {keys, distances} = this.#index.search(normalizedCopy(query), count, 1)
    return {
      rows: Int32Array.from(keys, (key) => Number(key)),
      distances: Float32Array.from(distances.subarray(0, keys.length)),
    }
  }

  searchBatch(queries: readonly Float32Array[], k: number): Neighbours[] {
    const count = Math.min(Math.floor(k), this.size)
    if (queries.length === 0 || count <= 0) {
      return queries.map(() => ({rows: new Int32Array(0), distances: new Float32Array(0)}))
    }
    // usearch answers a single query in another shape (no counts), and one thread serves it best.
    const [only] = queries
    if (queries.length === 1 && only) return [this.search(only, k)]
    const packed = new Float32Array(queries.length * this.dimension)
    queries.forEach((query, index) => {
      this.#checkLength(query)
      packed.set(normalizedCopy(query), index * this.dimension)
    })
    // Threads 0 lets usearch use every core, which is where a batch gains over single searches.
    const {keys, distances, counts} = this.#index.search(packed, count, this.#batchThreads) as {
      keys: BigUint64Array
      distances: Float32Array
      counts: BigUint64Array
    }
    return queries.map((_, query) => {
      const start = query * count
      const found = Number(counts[query] ?? 0)
      return {
        rows: Int32Array.from(keys.subarray(start, start + found), (key) => Number(key)),
        distances: distances.slice(start, start + found),
      }
    })
  }

  /**
   * Serialises the graph, so an artifact can carry it and skip rebuilding it on load.
   * @returns usearch's own file format, as bytes.
   */
  toBytes(): Uint8Array {
    return withTemporaryFileSync((temporary) => {
      this.#index.save(temporary)
      return new Uint8Array(readFileSync(temporary))
    })
  }

  /**
   * Restores a graph serialised by `toBytes`.
   * @param dimension - Length of every vector.
   * @param bytes - What `toBytes` returned.
   * @param options - The settings the graph was built with.
   * @returns The index.
   */
  static fromBytes(
    dimension: number,
    bytes: Uint8Array,
    options: USearchIndexOptions = {},
  ): USearchIndex {
    const index = new USearchIndex(dimension, options)
    withTemporaryFileSync((temporary) => {
      writeFileSync(temporary, bytes)
      index.#index.load(temporary)
    })
    return index
  }

  async save(path: string): Promise<void> {
    await withTemporaryFile(async (temporary) => {
      this.#index.save(temporary)
      const payload = await readFile(temporary)
      await writeVectorFile(
        path,
        {kind: this.kind, dimension: this.dimension, size: this.size},
        payload,
      )
    })
  }

  #checkLength(vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new UserError(
        `A ${vector.length}-float vector doesn't fit a ${this.dimension}-dimension index.`,
        {code: 'USAGE'},
      )
    }
  }
}

function scalarKind(usearch: USearchModule, quantization: 'f32' | 'f16' | 'i8') {
  if (quantization === 'f16') return usearch.ScalarKind.F16
  if (quantization === 'i8') return usearch.ScalarKind.I8
  return usearch.ScalarKind.F32
}

function withTemporaryFileSync<TResult>(action: (path: string) => TResult): TResult {
  // usearch reads and writes graphs only through file paths.
  const path = join(tmpdir(), `llmrouter-usearch-${randomUUID()}.bin`)
  try {
    return action(path)
  } finally {
    rmSync(path, {force: true})
  }
}

async function withTemporaryFile(action: (path: string) => Promise<void>): Promise<void> {
  const path = join(tmpdir(), `llmrouter-usearch-${randomUUID()}.bin`)
  try {
    await action(path)
  } finally {
    await rm(path, {force: true})
  }
}
