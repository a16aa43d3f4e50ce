import type {z} from 'zod'

import type {CostModelParameters} from '../data/cost-model.js'
import type {OutcomeMatrix} from '../data/types.js'
import type {EmbeddingProvider} from '../embeddings/types.js'
import type {Artifact, ArtifactArray} from './artifact/artifact-store.js'
import type {RouterCapabilities, RouterFamily, RouterV1} from './spec/index.js'

/** What a trainer gets: the training split and everything derived from it once. */
export interface RouterTrainingInput {
  readonly matrix: OutcomeMatrix
  /** The router's hyper-parameters, already validated by its schema. */
  readonly hparam: Readonly<Record<string, unknown>>
  readonly seed: number
  readonly costModel: CostModelParameters
  /** One embedding per training query, when the router needs embeddings. */
  readonly embeddings: readonly Float32Array[] | null
  /**
   * The embedder of the query embeddings, for routers that embed other texts the same way
   * (model descriptions, task names); absent or null when training has none.
   */
  readonly embedder?: EmbeddingProvider | null
}

/** What a trainer returns; the train service wraps it in an artifact folder. */
export interface RouterTrainingResult {
  /** Small JSON state (thresholds, label lists). */
  readonly state: Readonly<Record<string, unknown>>
  /** Weights and tables, stored raw. */
  readonly arrays: Readonly<Record<string, ArtifactArray>>
  /** Figures worth keeping from training (accuracy, loss, time). */
  readonly metrics?: Readonly<Record<string, number>>
}

/** What a loaded router may call at route time. */
export interface RouterRuntime {
  /** Embeds queries that arrive without an embedding. */
  readonly embedder: EmbeddingProvider | null
  readonly seed: number
  /** Recorded outcomes of the queries being routed; only the oracle reads them. */
  readonly outcomes?: OutcomeMatrix
}

/** One row of the router registry. */
export interface RouterDefinition {
  readonly id: string
  /** Other names users type for it, matched case-insensitively. */
  readonly aliases: readonly string[]
  readonly description: string
  readonly family: RouterFamily
  readonly capabilities: RouterCapabilities
  /** Needs the test outcomes themselves (the oracle): evaluation only. */
  readonly evaluationOnly?: boolean
  /**
   * Hyper-parameters that switch a learned router to the Python LLMRouter's own decision rule,
   * for side-by-side comparison (`eval --router id,id:key=value`).
   */
  readonly originalRule?: Readonly<Record<string, string>>
  /** Validates `hparam` and fills in defaults. */
  readonly hparamSchema: z.ZodType<Record<string, unknown>>
  /**
   * Learns the router's state from a training split.
   * @param input - Training data, hyper-parameters and derived inputs.
   * @returns The state to store in the artifact.
   */
  train(input: RouterTrainingInput): Promise<RouterTrainingResult>
  /**
   * Builds a ready router from an artifact.
   * @param artifact - What `train` produced, as stored.
   * @param runtime - Services the router may call while routing.
   * @returns The router.
   */
  create(artifact: Artifact, runtime: RouterRuntime): RouterV1
}
