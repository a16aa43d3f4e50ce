import {BugError, UserError} from '../errors/index.js'
import type {EmbeddingProvider} from '../embeddings/types.js'
import type {RouterQuery} from './spec/index.js'

/**
 * Gives every query an embedding: its own when it came with one, else one made by the embedder
 * in a single batch. Each embedding must have the dimension the router was trained with.
 * @param routerId - The router asking, for messages.
 * @param queries - The queries.
 * @param embedder - Embeds the queries that came without an embedding.
 * @param dimension - The dimension the router was trained with.
 * @returns One vector per query, in order.
 */
export async function embedRouterQueries(
  routerId: string,
  queries: readonly RouterQuery[],
  embedder: EmbeddingProvider | null,
  dimension: number,
): Promise<Float32Array[]> {
  const missing = queries.filter((query) => !query.embedding).map((query) => query.text)
  if (missing.length > 0 && !embedder) {
    throw new BugError(`${routerId} got queries without embeddings and no embedder to make them.`)
  }
  const made = missing.length > 0 && embedder ? await embedder.embed(missing) : []
  let next = 0
  return queries.map((query) => {
    const vector = query.embedding ?? made[next++]
    if (!vector || vector.length !== dimension) {
      throw new UserError(
        `A query embedding has ${vector?.length ?? 0} dimensions; ${routerId} was trained on ${dimension}.`,
        {
          code: 'ARTIFACT_MISMATCH',
          suggestions: ['Route with the embedding model it was trained with.'],
        },
      )
    }
    return vector
  })
}

/**
 * Packs embeddings into one row-major array, the input layout of the network routers.
 * @param vectors - One embedding per query.
 * @param dimension - Floats per embedding.
 * @returns `vectors.length × dimension` floats.
 */
export function stackEmbeddings(vectors: readonly Float32Array[], dimension: number): Float32Array {
  const stacked = new Float32Array(vectors.length * dimension)
  vectors.forEach((vector, row) => stacked.set(vector, row * dimension))
  return stacked
}

/**
 * Checks that training came with one embedding per training query, all of one length.
 * @param routerId - The router training, for messages.
 * @param embeddings - What the trainer was given.
 * @param queryCount - Training queries.
 * @returns The embeddings and their dimension.
 */
export function requireTrainingEmbeddings(
  routerId: string,
  embeddings: readonly Float32Array[] | null,
  queryCount: number,
): {embeddings: readonly Float32Array[]; dimension: number} {
  if (!embeddings || embeddings.length !== queryCount) {
    throw new UserError(`${routerId} needs one embedding per training query.`, {
      code: 'EMBEDDING_FAILED',
      suggestions: ['Check the embedding settings of the config (`embedding.provider`).'],
    })
  }
  const dimension = embeddings[0]?.length ?? 0
  if (dimension === 0 || embeddings.some((vector) => vector.length !== dimension)) {
    throw new UserError(`${routerId} needs training embeddings that all have the same length.`, {
      code: 'EMBEDDING_FAILED',
      suggestions: ['Embed every training query with one embedding model.'],
    })
  }
  return {embeddings, dimension}
}
