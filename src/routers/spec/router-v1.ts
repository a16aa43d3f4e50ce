/** The four families of routers; the family decides which context a router expects. */
export type RouterFamily = 'single-round' | 'multi-round' | 'personalized' | 'agentic'

/** What a router can do, so the CLI, TUI and evaluator know how to drive it. */
export interface RouterCapabilities {
  /** It learns from routing data and has a trainer. */
  readonly trainable: boolean
  /** It predicts quality and cost per candidate, so one artifact serves every λ. */
  readonly scores: boolean
  /** It needs query embeddings from an embedding provider. */
  readonly needsEmbeddings: boolean
  /** It calls an LLM itself while routing. */
  readonly callsLLM: boolean
  /** It only picks a model and never produces an answer. */
  readonly routeOnly: boolean
}

/** A query as handed to a router. */
export interface RouterQuery {
  /** The prompt text. */
  readonly text: string
  /** The query's id in a dataset, when it comes from one. */
  readonly id?: string
  /** The task the query belongs to, when known. */
  readonly task?: string
  /** A precomputed embedding; routers that need one embed `text` when it is absent. */
  readonly embedding?: Float32Array
}

/** Per-call settings of a route. */
export interface RouteContext {
  /** Willingness to pay, in quality per USD; 0 means best quality whatever the cost. */
  readonly lambda: number
  /** Cancels a route that calls out (an LLM judge, an embedding endpoint). */
  readonly signal?: AbortSignal
}

/** One candidate's predicted outcome for one query. */
export interface CandidateScore {
  readonly model: string
  /** Predicted quality q̂ in [0, 1]. */
  readonly performance: number
  /** Predicted cost ĉ in USD. */
  readonly cost: number
  /** q̂ − λ·ĉ, the quantity a scoring router maximises. */
  readonly utility: number
}

/** A router's answer for one query. */
export interface Decision {
  /** The chosen candidate's name. */
  readonly model: string
  /** Every candidate's prediction, best utility first, when the router has them. */
  readonly scores?: readonly CandidateScore[]
  /** One sentence on why this model was picked. */
  readonly reason?: string
}

/**
 * Predicted quality and cost for a batch of queries, row-major by query
 * (`cell = query * candidates.length + model`).
 */
export interface ScoreTable {
  readonly candidates: readonly string[]
  readonly performance: Float32Array
  readonly cost: Float64Array
}

/**
 * Version 1 of the contract every router implements, built-in or plugin. A router is created
 * ready to route: trained weights, candidates and embedding provider are given to its factory.
 */
export interface RouterV1 {
  /** Lets the loader refuse plugins written against a spec it does not know. */
  readonly specificationVersion: 'v1'
  /** Registry id (`knnrouter`). */
  readonly id: string
  /** One line for `llmrouter routers`. */
  readonly description: string
  readonly family: RouterFamily
  readonly capabilities: RouterCapabilities
  /** The models this router can pick, in the dataset's order. */
  readonly candidates: readonly string[]

  /**
   * Picks a model for one query.
   * @param query - The query to route.
   * @param context - λ and cancellation.
   * @returns The decision, with scores when the router has them.
   */
  route(query: RouterQuery, context: RouteContext): Promise<Decision>

  /**
   * Picks a model for each query; vectorised where the algorithm allows.
   * @param queries - The queries to route.
   * @param context - λ and cancellation, shared by the batch.
   * @returns One decision per query, in order.
   */
  routeBatch(queries: readonly RouterQuery[], context: RouteContext): Promise<Decision[]>

  /**
   * Predicts every candidate's quality and cost for each query, once, so an evaluation can
   * sweep λ without routing again. Present on scoring routers only.
   * @param queries - The queries to score.
   * @returns The predictions, row-major by query.
   */
  scoreBatch?(queries: readonly RouterQuery[]): Promise<ScoreTable>
}
