/** Turns texts into fixed-size vectors. */
export interface EmbeddingProvider {
  /** Stable id that names the model, used as the cache key and recorded in artifacts. */
  readonly id: string
  /** Length of every vector this provider returns. */
  readonly dimension: number
  /**
   * Embeds texts, one vector per text, in order.
   * @param texts - The texts to embed.
   * @returns One vector of `dimension` floats per text.
   */
  embed(texts: readonly string[]): Promise<Float32Array[]>
  /** Releases workers, sockets and model memory. */
  close?(): Promise<void>
}

/** Reports progress of a long embedding job. */
export type EmbeddingProgress = (done: number, total: number) => void
