/** The nearest stored vectors to a query, closest first. */
export interface Neighbours {
  /** Row numbers of the stored vectors, in the order they were added. */
  readonly rows: Int32Array
  /** Cosine distances (1 − cosine similarity), same order as `rows`. */
  readonly distances: Float32Array
}

/** Nearest-neighbour search over vectors compared by cosine distance. */
export interface VectorIndex {
  /** Which implementation answers (`exact`, `usearch`, `faiss`). */
  readonly kind: string
  readonly dimension: number
  /** How many vectors are stored. */
  readonly size: number
  /**
   * Stores vectors; their row numbers continue from `size`.
   * @param vectors - Vectors of length `dimension`.
   */
  add(vectors: readonly Float32Array[]): void
  /**
   * Finds the k stored vectors closest to a query.
   * @param query - A vector of length `dimension`.
   * @param k - How many neighbours to return; fewer when fewer are stored.
   * @returns Rows and distances, closest first.
   */
  search(query: Float32Array, k: number): Neighbours
  /**
   * Finds the k closest stored vectors to each of many queries, faster than one by one where
   * the implementation can share work or threads across queries.
   * @param queries - Vectors of length `dimension`.
   * @param k - Neighbours per query.
   * @returns One result per query, in order.
   */
  searchBatch?(queries: readonly Float32Array[], k: number): Neighbours[]
  /**
   * Writes the index to a file so `load` can restore it.
   * @param path - Destination file; written atomically.
   */
  save(path: string): Promise<void>
}
