import {fitCostModel} from '../../src/data/cost-model.js'
import type {OutcomeMatrix} from '../../src/data/types.js'
import type {EmbeddingProvider} from '../../src/embeddings/types.js'
import type {Artifact} from '../../src/routers/artifact/artifact-store.js'
import type {RouterDefinition} from '../../src/routers/router-definition.js'
import {fitRouter} from '../../src/services/train/fit-router.js'

/** A tiny training set with its query embeddings given, as router tests use. */
export interface RouterFixture {
  readonly matrix: OutcomeMatrix
  readonly embeddings: readonly Float32Array[]
  /** For routers that embed other texts too (graphrouter's model descriptions). */
  readonly embedder?: EmbeddingProvider
}

/**
 * Trains a router on a fixture, the way `llmrouter train` does, with its cost model fitted on
 * the fixture.
 * @param definition - The router.
 * @param fixture - Outcomes and embeddings.
 * @param hparam - Hyper-parameters.
 * @param seed - Seed of training.
 * @returns The artifact.
 */
export async function trainOnFixture(
  definition: RouterDefinition,
  fixture: RouterFixture,
  hparam: Record<string, unknown>,
  seed: number,
): Promise<Artifact> {
  const {artifact} = await fitRouter({
    definition,
    matrix: fixture.matrix,
    hparam,
    seed,
    costModel: fitCostModel(fixture.matrix),
    embedder: fixture.embedder ?? null,
    embeddings: fixture.embeddings,
  })
  return artifact
}
