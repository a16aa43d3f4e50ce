/** One query of a routing dataset, as the router and the evaluator see it. */
export interface QueryRecord {
  /** Stable id, unique within the dataset. */
  readonly id: string
  /** Benchmark or sub-task the query belongs to (`gsm8k`, `mmlu_pro_law`, ...). */
  readonly task: string
  /** The prompt text the router sees. */
  readonly text: string
  /** Reference answer, when the source has one. */
  readonly groundTruth: string | null
  /** How performance was measured for this query. */
  readonly metric: string
  /** Personalised data: who asked. */
  readonly userId?: string
  /** Personalised data: the conversation the query belongs to. */
  readonly sessionId?: string
  /** Personalised data: the turn within the session. */
  readonly turn?: number
  /** Index into an embedding table (the Python LLMRouter's `embedding_id`), when given. */
  readonly embeddingId?: number
  /** Source-specific fields, kept so writers can round-trip them. */
  readonly extra?: Readonly<Record<string, unknown>>
}

/** A candidate model and what it costs to call. Prices are USD per million tokens. */
export interface ModelCard {
  readonly name: string
  readonly inputPrice: number | null
  readonly outputPrice: number | null
  /** Parameter count as written by the source (`"7B"`, `"8x7B"`), or null for closed models. */
  readonly size: string | null
  /** Parameter count in billions parsed from `size`, or null when unknown. */
  readonly sizeBillions: number | null
  readonly description: string | null
  /** Every key of the source's model card, so writers can round-trip unknown fields. */
  readonly raw: Readonly<Record<string, unknown>>
}

/**
 * Where a cell's cost came from, in order of preference: the source's recorded cost, recorded
 * tokens × list price, estimated tokens × list price, or nothing (the model has no price).
 */
export type CostSource = 'recorded' | 'tokens' | 'estimated' | 'unpriced'

/**
 * Queries × models outcomes held as dense typed arrays, row-major by query
 * (`cell = query * modelCount + model`). A missing cell is NaN in `performance`.
 */
export interface OutcomeMatrix {
  readonly queries: readonly QueryRecord[]
  readonly models: readonly ModelCard[]
  /** Quality in [0, 1]; NaN where the source has no outcome. */
  readonly performance: Float32Array
  /** USD charged for the call as recorded by the source; NaN when not recorded. */
  readonly recordedCost: Float64Array
  /** Token counts as recorded by the source; NaN when not recorded. */
  readonly inputTokens: Float32Array
  readonly outputTokens: Float32Array
  /** Model responses keyed by cell index, only where the source has them. */
  readonly responses: ReadonlyMap<number, string>
}

/** A dataset as loaded from disk: its splits share one candidate list. */
export interface RoutingDataset {
  /** Short name, from the folder or the config. */
  readonly name: string
  /** Where it was read from, for messages. */
  readonly source: string
  readonly train: OutcomeMatrix
  readonly test: OutcomeMatrix | null
  /**
   * Shared prompt blocks stripped from query texts to save space, keyed by name; a query whose
   * `extra.prompt_prefix` names one was sent as that block followed by its text. Absent when the
   * source has none (only `routerbench-subset` has them).
   */
  readonly promptPrefixes?: Readonly<Record<string, string>>
}
