import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries, stackEmbeddings} from '../embed-router-queries.js'
import {calibrateScores} from '../mf/math/platt-calibration.js'
import type {RouterRuntime} from '../router-definition.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  learnedRouterCapabilities,
  predictCostTable,
} from '../scoring/scoring-router.js'
import type {CandidateScore, Decision, RouterQuery, RouterV1} from '../spec/index.js'
import {decisionValues} from './math/kernel-expansion.js'
import type {ClassPair} from './math/one-vs-one.js'
import {countVotes, mostVoted} from './math/one-vs-one.js'
import type {SVMHparam} from './svm-config.js'
import {svmHparamSchema} from './svm-config.js'
import {readSVMArtifact} from './svm-artifact.js'

const descriptions: Record<SVMHparam['decision'], string> = {
  utility: 'Scores each model’s chance of doing well with a kernel SVM and trades it against cost.',
  argmax: 'Classifies each query’s best model with a one-vs-one kernel SVM, ignoring cost.',
}

/**
 * Builds svmrouter from its artifact. Every output is a kernel expansion over the stored
 * landmarks (or a linear function of the embedding), evaluated in plain TypeScript. With
 * `decision: utility` each model's output becomes q̂ by its Platt scaling and the router picks
 * the best q̂ − λ·ĉ, the cheapest on ties; with `decision: argmax` the pairwise outputs vote as
 * scikit-learn's SVC does (the first model on ties) and λ is ignored.
 * @param artifact - What `trainSVMRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createSVMRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = svmHparamSchema.parse(manifest.hparam)
  const model = readSVMArtifact(artifact, hparam)
  const {expansion} = model
  const candidates = manifest.candidates
  const modelCount = candidates.length

  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch> => {
    const vectors = await embedRouterQueries(
      'svmrouter',
      queries,
      runtime.embedder,
      expansion.dimension,
    )
    const inputs = stackEmbeddings(vectors, expansion.dimension)
    const raw = decisionValues(expansion, inputs, queries.length)
    const cost = predictCostTable(manifest.costModel, queries, modelCount)
    // The vote of `decision: argmax` predicts no performance: it has no calibration to map with.
    const performance = model.calibration
      ? calibrateScores(model.calibration, raw)
      : new Float32Array(raw.length).fill(Number.NaN)
    return {table: {candidates, performance, cost}, raw}
  }

  return createScoringRouter({
    id: 'svmrouter',
    description: descriptions[hparam.decision],
    capabilities: svmCapabilities(hparam),
    candidates,
    score,
    decide: (batch, row, lambda) =>
      hparam.decision === 'utility'
        ? decideFromScores(batch.table, row, lambda, explainPrediction)
        : decideByVote(candidates, batch.raw, batch.table.cost, row, model),
  })
}

/**
 * What svmrouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function svmCapabilities(hparam: Pick<SVMHparam, 'decision'>): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.decision === 'utility'})
}

function explainPrediction(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `The SVM gives ${chosen.model} a ${percent}% chance of doing well at $${chosen.cost.toPrecision(2)}.`
}

/**
 * The Python rule: one-vs-one votes, the most votes winning and the first model on ties. Each
 * score's performance and utility is the model's share of the votes.
 * Limitation: scikit-learn breaks vote ties by the sorted model names and reports pairwise-coupled
 * probabilities; here ties go to the candidate listed first and the scores are vote shares, so a
 * tied query can land on another model than in Python.
 */
function decideByVote(
  candidates: readonly string[],
  values: Float64Array,
  cost: Float64Array,
  row: number,
  model: {pairs: readonly ClassPair[]; classes: readonly number[]},
): Decision {
  const modelCount = candidates.length
  const votes = countVotes(values, row, model.pairs, modelCount)
  // With a single class in training there is no pair to vote: that class always wins.
  const chosen = model.pairs.length > 0 ? mostVoted(votes) : (model.classes[0] ?? 0)
  const possible = Math.max(model.classes.length - 1, 1)
  const scores: CandidateScore[] = candidates.map((name, index) => {
    const share = model.pairs.length > 0 ? (votes[index] ?? 0) / possible : index === chosen ? 1 : 0
    return {
      model: name,
      performance: share,
      cost: cost[row * modelCount + index] ?? 0,
      utility: share,
    }
  })
  const first = scores[chosen]
  // A stable sort keeps candidate order among equal shares, with the winner in front.
  const ordered = [...scores].sort(
    (a, b) => Number(b === first) - Number(a === first) || b.utility - a.utility,
  )
  return {
    model: candidates[chosen] ?? '',
    scores: ordered,
    reason: `${candidates[chosen]} wins ${votes[chosen] ?? 0} of the SVM’s one-vs-one votes.`,
  }
}
