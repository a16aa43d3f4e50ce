import type {CostModelParameters} from '../../data/cost-model.js'
import {predictQueryCosts} from '../../data/cost-model.js'
import {BugError} from '../../errors/index.js'
import type {
  CandidateScore,
  Decision,
  RouterCapabilities,
  RouterQuery,
  RouterV1,
  ScoreTable,
} from '../spec/index.js'

/** What a learned router computes for a batch of queries before it decides. */
export interface ScoredBatch<TRaw = Float64Array> {
  /** Predicted performance and cost per query and candidate. */
  readonly table: ScoreTable
  /** The model's own outputs, which an original decision rule may read instead of the table. */
  readonly raw: TRaw
}

/** The parts that make one learned single-round router. */
export interface ScoringRouterParts<TRaw> {
  readonly id: string
  readonly description: string
  /** `scores: true` offers `scoreBatch`, so evaluation can sweep λ over one scoring pass. */
  readonly capabilities: RouterCapabilities
  readonly candidates: readonly string[]
  /** Scores a batch of queries. */
  score(queries: readonly RouterQuery[]): Promise<ScoredBatch<TRaw>>
  /** Decides one query of a scored batch at a λ. */
  decide(batch: ScoredBatch<TRaw>, row: number, lambda: number): Decision
}

/**
 * Assembles a learned router from how it scores and how it decides: one query is routed as a batch
 * of one, so single and batch routing always agree.
 * @param parts - Identity, scoring and decision.
 * @returns The router.
 */
export function createScoringRouter<TRaw>(parts: ScoringRouterParts<TRaw>): RouterV1 {
  const routeBatch = async (
    queries: readonly RouterQuery[],
    context: {lambda: number},
  ): Promise<Decision[]> => {
    const batch = await parts.score(queries)
    return queries.map((_, row) => parts.decide(batch, row, context.lambda))
  }
  return {
    specificationVersion: 'v1',
    id: parts.id,
    description: parts.description,
    family: 'single-round',
    capabilities: parts.capabilities,
    candidates: parts.candidates,
    route: async (query, context) => {
      const [decision] = await routeBatch([query], context)
      if (!decision) throw new BugError(`${parts.id} returned no decision for one query.`)
      return decision
    },
    routeBatch,
    ...(parts.capabilities.scores
      ? {scoreBatch: async (queries) => (await parts.score(queries)).table}
      : {}),
  }
}

/**
 * Predicts what each candidate would cost for each query, row-major like a score table.
 * @param costModel - The cost model fitted at training time.
 * @param queries - The queries.
 * @param modelCount - Candidates per query.
 * @returns USD per query and candidate.
 */
export function predictCostTable(
  costModel: CostModelParameters,
  queries: readonly RouterQuery[],
  modelCount: number,
): Float64Array {
  const cost = new Float64Array(queries.length * modelCount)
  queries.forEach((query, row) => {
    cost.set(predictQueryCosts(costModel, query.text), row * modelCount)
  })
  return cost
}

/**
 * The rule of most Python routers: the candidate with the highest raw score, the first on ties,
 * whatever λ. Each candidate's utility in the decision is its raw score.
 * @param batch - The scored batch; `raw` holds one score per query and candidate.
 * @param row - The query's row.
 * @param explain - Writes the reason given the chosen candidate.
 * @returns The decision, candidates best first.
 */
export function decideByTopScore(
  batch: ScoredBatch<Float64Array | Float32Array>,
  row: number,
  explain: (chosen: CandidateScore) => string,
): Decision {
  const {table, raw} = batch
  const modelCount = table.candidates.length
  const ranked: CandidateScore[] = table.candidates.map((model, index) => ({
    model,
    performance: table.performance[row * modelCount + index] ?? 0,
    cost: table.cost[row * modelCount + index] ?? 0,
    utility: raw[row * modelCount + index] ?? Number.NEGATIVE_INFINITY,
  }))
  // A stable sort keeps candidate order among equal scores: ties go to the first.
  const ordered = [...ranked].sort((a, b) => b.utility - a.utility)
  const chosen = ordered[0]
  if (!chosen) throw new BugError('A router decided among no candidates.')
  return {model: chosen.model, scores: ordered, reason: explain(chosen)}
}

/**
 * The capabilities of a router learned from data, which routes without calling an LLM.
 * @param options - Whether it predicts scores (so λ applies), and whether it embeds queries.
 * @param options.scores - True when it predicts each candidate's performance.
 * @param options.needsEmbeddings - False when it routes without embeddings; true by default.
 * @returns The capabilities.
 */
export function learnedRouterCapabilities(options: {
  scores: boolean
  needsEmbeddings?: boolean
}): RouterCapabilities {
  return {
    trainable: true,
    scores: options.scores,
    needsEmbeddings: options.needsEmbeddings ?? true,
    callsLLM: false,
    routeOnly: true,
  }
}
