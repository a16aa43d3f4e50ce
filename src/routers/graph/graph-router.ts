import {predictQueryCosts} from '../../data/cost-model.js'
import {BugError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import {embedRouterQueries} from '../embed-router-queries.js'
import type {RouterRuntime} from '../router-definition.js'
import {decideFromScores} from '../scoring/pick-by-utility.js'
import type {ScoredBatch} from '../scoring/scoring-router.js'
import {
  createScoringRouter,
  learnedRouterCapabilities,
  decideByTopScore,
} from '../scoring/scoring-router.js'
import type {CandidateScore, RouterQuery, RouterV1} from '../spec/index.js'
import type {GraphHparam} from './graph-config.js'
import {graphHparamSchema} from './graph-config.js'
import {invalidGraphArtifact, readInductiveGraph} from './graph-artifact.js'
import {costFeature} from './math/graph-matrices.js'
import {inductiveEdgeLogits, sigmoid} from './math/inductive-scores.js'

const descriptions: Record<GraphHparam['decision'], string> = {
  utility: 'Predicts each model edge of the query in a task–query–model graph, against its cost.',
  argmax: 'Picks the model whose edge to the query scores highest in a graph network.',
}

/** The graph-level state a trained artifact carries beside its arrays. */
interface GraphState {
  readonly tasks: readonly string[]
  readonly costScale: number
}

/**
 * Builds graphrouter from its artifact. A query joins the trained graph as a new node, linked
 * to its task node when the task is one seen in training and to every model by an edge whose
 * outcome is hidden; the model and task states are precomputed, so each edge's logit takes a
 * few small matrix products in plain TypeScript. With `decision: utility` σ(logit) is the
 * predicted performance q̂ and the router picks the best q̂ − λ·ĉ, the cheapest on ties; with
 * `decision: argmax` it picks the highest edge like the Python router (the first on ties) and
 * ignores λ.
 * @param artifact - What `trainGraphRouter` stored.
 * @param runtime - The embedder for queries that arrive without an embedding.
 * @returns The router.
 */
export function createGraphRouter(artifact: Artifact, runtime: RouterRuntime): RouterV1 {
  const {manifest} = artifact
  const hparam = graphHparamSchema.parse(manifest.hparam)
  const state = readState(manifest.state)
  const graph = readInductiveGraph(artifact.arrays, {
    hiddenDim: hparam.hidden_dim,
    layers: hparam.num_layers,
    modelCount: artifact.manifest.candidates.length,
    taskCount: state.tasks.length,
  })
  const taskIndex = new Map(state.tasks.map((task, index) => [task, index]))
  const candidates = manifest.candidates
  const modelCount = candidates.length

  const score = async (queries: readonly RouterQuery[]): Promise<ScoredBatch> => {
    const vectors = await embedRouterQueries(
      'graphrouter',
      queries,
      runtime.embedder,
      graph.dimension,
    )
    const logits = new Float64Array(queries.length * modelCount)
    const cost = new Float64Array(queries.length * modelCount)
    queries.forEach((query, row) => {
      const costs = predictQueryCosts(manifest.costModel, query.text)
      const features = Float32Array.from(costs, (value) => costFeature(value, state.costScale))
      const task = query.task === undefined ? -1 : (taskIndex.get(query.task) ?? -1)
      const vector = vectors[row]
      if (!vector) throw new BugError('graphrouter lost the embedding of a query.')
      logits.set(inductiveEdgeLogits(graph, vector, features, task), row * modelCount)
      cost.set(costs, row * modelCount)
    })
    const performance = Float32Array.from(logits, sigmoid)
    return {table: {candidates, performance, cost}, raw: logits}
  }

  return createScoringRouter({
    id: 'graphrouter',
    description: descriptions[hparam.decision],
    capabilities: graphCapabilities(hparam),
    candidates,
    score,
    decide: (batch, row, lambda) =>
      hparam.decision === 'utility'
        ? decideFromScores(batch.table, row, lambda, explainPrediction)
        : decideByTopScore(batch, row, explainTopEdge),
  })
}

/**
 * What graphrouter can do under given hyper-parameters.
 * @param hparam - Validated hyper-parameters.
 * @returns Its capabilities; it scores only with `decision: utility`.
 */
export function graphCapabilities(hparam: Pick<GraphHparam, 'decision'>): RouterV1['capabilities'] {
  return learnedRouterCapabilities({scores: hparam.decision === 'utility'})
}

function explainPrediction(chosen: CandidateScore): string {
  const percent = (chosen.performance * 100).toFixed(0)
  return `The graph predicts ${percent}% for ${chosen.model} at $${chosen.cost.toPrecision(2)}.`
}

function explainTopEdge(chosen: CandidateScore): string {
  return `${chosen.model} has the highest edge score (${chosen.performance.toFixed(3)}).`
}

function readState(state: Readonly<Record<string, unknown>>): GraphState {
  const {tasks, costScale} = state
  if (
    !Array.isArray(tasks) ||
    !tasks.every((task) => typeof task === 'string') ||
    typeof costScale !== 'number' ||
    !(costScale > 0)
  ) {
    throw invalidGraphArtifact('its task list or cost scale is missing')
  }
  return {tasks, costScale}
}
