import {UserError} from '../errors/index.js'
import {normalizedCopy, selectTopK} from './top-k.js'
import type {Neighbours, VectorIndex} from './types.js'
import {requireUSearch, type USearchModule} from './usearch-module.js'
import {readVectorFile, writeVectorFile} from './vector-file.js'

/**
 * Brute-force cosine search over L2-normalised rows kept in one contiguous Float32Array. The
 * scan runs in usearch's native `exactSearch` when its addon loads, else in plain JavaScript
 * (about 7× slower). Exact, and the right choice up to some tens of thousands of vectors.
 */
export class ExactIndex implements VectorIndex {
  readonly kind = 'exact'
  readonly dimension: number
  #rows: Float32Array
  #size = 0
  #native: USearchModule | undefined | null = undefined

  /**
   * Creates an empty index.
   * @param dimension - Length of every vector.
   * @param capacity - Rows to reserve; the index grows past it as needed.
   */
  constructor(dimension: number, capacity = 1024) {
    if (!Number.isInteger(dimension) || dimension <= 0) {
      throw new UserError(`Vector dimension ${dimension} isn't a positive integer.`, {
        code: 'USAGE',
      })
    }
    this.dimension = dimension
    this.#rows = new Float32Array(Math.max(1, capacity) * dimension)
  }

  /**
   * Restores an index saved with `save`.
   * @param path - The file.
   * @returns The index.
   */
  static async load(path: string): Promise<ExactIndex> {
    const {header, payload} = await readVectorFile(path)
    if (header.kind !== 'exact' || payload.byteLength !== header.size * header.dimension * 4) {
      throw new UserError(`${path} doesn't hold an exact vector index.`, {code: 'ARTIFACT_INVALID'})
    }
    const index = new ExactIndex(header.dimension, header.size)
    index.#rows.set(
      new Float32Array(payload.buffer, payload.byteOffset, header.size * header.dimension),
    )
    index.#size = header.size
    return index
  }

  get size(): number {
    return this.#size
  }

  add(vectors: readonly Float32Array[]): void {
    for (const vector of vectors) this.#checkLength(vector)
    const needed = (this.#size + vectors.length) * this.dimension
    if (needed > this.#rows.length) {
      const grown = new Float32Array(Math.max(needed, this.#rows.length * 2))
      grown.set(this.#rows.subarray(0, this.#size * this.dimension))
      this.#rows = grown
    }
    for (const vector of vectors) {
      this.#rows.set(normalizedCopy(vector), this.#size * this.dimension)
      this.#size += 1
    }
  }

  /**
   * Returns a stored row, normalised.
   * @param row - Row number, from 0.
   * @returns A copy of the vector.
   */
  vectorAt(row: number): Float32Array {
    if (row < 0 || row >= this.#size)
      throw new UserError(`Row ${row} isn't stored.`, {code: 'USAGE'})
    return this.#rows.slice(row * this.dimension, (row + 1) * this.dimension)
  }

  search(query: Float32Array, k: number): Neighbours {
    this.#checkLength(query)
    const count = Math.min(Math.floor(k), this.#size)
    if (count <= 0) return {rows: new Int32Array(0), distances: new Float32Array(0)}
    const native = this.#loadNative()
    const normalized = normalizedCopy(query)
    if (native === null) return selectTopK(this.#scores(normalized), count)
    const matches = native.exactSearch(
      this.#stored(),
      normalized,
      this.dimension,
      count,
      native.MetricKind.IP,
      1,
    )
    return toNeighbours(matches.keys, matches.distances)
  }

  /**
   * Searches many queries in one call, which amortises the scan's set-up.
   * @param queries - Vectors of length `dimension`.
   * @param k - Neighbours per query.
   * @returns One result per query, in order.
   */
  searchBatch(queries: readonly Float32Array[], k: number): Neighbours[] {
    const native = this.#loadNative()
    const count = Math.min(Math.floor(k), this.#size)
    if (native === null || queries.length < 2 || count <= 0) {
      return queries.map((query) => this.search(query, k))
    }
    const packed = new Float32Array(queries.length * this.dimension)
    queries.forEach((query, index) => {
      this.#checkLength(query)
      packed.set(normalizedCopy(query), index * this.dimension)
    })
    const matches = native.exactSearch(
      this.#stored(),
      packed,
      this.dimension,
      count,
      native.MetricKind.IP,
      0,
    )
    if (!('get' in matches)) return [toNeighbours(matches.keys, matches.distances)]
    return queries.map((_, index) => {
      const {keys, distances} = matches.get(index)
      return toNeighbours(keys, distances)
    })
  }

  async save(path: string): Promise<void> {
    const rows = this.#stored()
    const header = {kind: this.kind, dimension: this.dimension, size: this.#size}
    await writeVectorFile(
      path,
      header,
      new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength),
    )
  }

  /** The stored rows as a view that starts at offset 0, which usearch's addon requires. */
  #stored(): Float32Array {
    return this.#rows.subarray(0, this.#size * this.dimension)
  }

  #scores(query: Float32Array): Float32Array {
    const rows = this.#rows
    const dimension = this.dimension
    const scores = new Float32Array(this.#size)
    for (let row = 0; row < this.#size; row++) {
      const offset = row * dimension
      let sum0 = 0
      let sum1 = 0
      let column = 0
      for (; column + 1 < dimension; column += 2) {
        sum0 += rows[offset + column]! * query[column]!
        sum1 += rows[offset + column + 1]! * query[column + 1]!
      }
      if (column < dimension) sum0 += rows[offset + column]! * query[column]!
      scores[row] = sum0 + sum1
    }
    return scores
  }

  #loadNative(): USearchModule | null {
    if (this.#native === undefined) {
      const loaded = requireUSearch()
      this.#native = loaded instanceof Error ? null : loaded
    }
    return this.#native
  }

  #checkLength(vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new UserError(
        `A ${vector.length}-float vector doesn't fit a ${this.dimension}-dimension index.`,
        {code: 'USAGE', suggestions: ['Embed queries with the provider that built the index.']},
      )
    }
  }
}

function toNeighbours(keys: BigUint64Array, distances: Float32Array): Neighbours {
  return {
    rows: Int32Array.from(keys, (key) => Number(key)),
    distances: Float32Array.from(distances),
  }
}
