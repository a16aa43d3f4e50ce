import type {CostModelParameters} from '../../data/cost-model.js'
import {fitCostModel, predictQueryCosts, resolveCosts} from '../../data/cost-model.js'
import type {OutcomeMatrix, RoutingDataset} from '../../data/types.js'
import {UserError} from '../../errors/index.js'
import {evaluateRouters} from '../../eval/evaluate-routers.js'
import type {EvaluationReport, RouterRun} from '../../eval/types.js'
import type {EmbeddingProvider} from '../../embeddings/types.js'
import {meanPerformanceByModel} from '../../routers/fixed/fixed-choice-router.js'
import type {RouterRegistry} from '../../routers/registry.js'
import type {RouterQuery, RouterV1, ScoreTable} from '../../routers/spec/index.js'
import type {RouterSelection} from '../shared/router-selection.js'
import {parseRouterSelections} from '../shared/router-selection.js'
import {fitRouter, validateHparam} from '../train/fit-router.js'
import {buildLambdaGrid, sweepLambdas} from './lambda-grid.js'

/** What an evaluation needs once its inputs are loaded. */
export interface EvaluateRouterListOptions {
  readonly dataset: RoutingDataset
  /** Comma-separated router specs (`knnrouter,smallest_llm`, or `all`). */
  readonly routers: string
  readonly registry: RouterRegistry
  /** Hyper-parameters per router id, from a config. */
  readonly hparams?: Readonly<Record<string, Readonly<Record<string, unknown>>>>
  /** Evaluates at this λ only, instead of sweeping. */
  readonly lambda?: number
  readonly seed: number
  readonly bootstrapSamples: number
  /** Embeds queries for routers that need it; created lazily by the caller. */
  readonly getEmbedder: () => Promise<EmbeddingProvider>
  readonly costOptions?: {defaultOutputTokens?: number; charsPerToken?: number}
  /** Tags every report prints, such as `simulated`. */
  readonly labels?: readonly string[]
  /** Told about each stage, for a progress line. */
  readonly onStage?: (stage: string) => void
}

/** The report plus what a caller needs to gate on it. */
export interface RouterListEvaluation {
  readonly report: EvaluationReport
  /** The routers as trained on the training split, by label, ready to route more queries. */
  readonly routers: ReadonlyMap<string, RouterV1>
}

/**
 * Trains each router on the training split, routes the test split, sweeps λ for scoring
 * routers, and computes the evaluation report against the baselines.
 * @param options - Dataset, routers and settings.
 * @returns The report.
 */
export async function evaluateRouterList(
  options: EvaluateRouterListOptions,
): Promise<RouterListEvaluation> {
  const {dataset} = options
  const test = requireTestSplit(dataset)
  const selections = parseRouterSelections(options.routers, options.registry)
  // Settings are checked before embedding, which can take minutes, so a typo fails at once.
  for (const selection of selections)
    validateHparam(selection.definition, hparamOf(selection, options))
  const costModel = fitCostModel(dataset.train, options.costOptions)
  const realised = resolveCosts(test, costModel, {promptPrefixes: dataset.promptPrefixes})
  fillMissingCosts(realised.cost, test, costModel)
  const embeddings = await embedSplitsIfNeeded(selections, dataset.train, test, options)

  const queries: RouterQuery[] = test.queries.map((query, row) => ({
    text: query.text,
    id: query.id,
    task: query.task,
    embedding: embeddings?.test[row],
  }))
  const scored: {label: string; table: ScoreTable}[] = []
  const fixed: {label: string; choices: Int32Array}[] = []
  const trained = new Map<string, RouterV1>()
  for (const selection of selections) {
    options.onStage?.(`training ${selection.label}`)
    const router = await trainForEvaluation(selection, options, costModel, embeddings?.train, test)
    trained.set(selection.label, router)
    options.onStage?.(`routing ${test.queries.length} test queries with ${selection.label}`)
    if (router.scoreBatch) {
      scored.push({label: selection.label, table: await router.scoreBatch(queries)})
    } else {
      const decisions = await router.routeBatch(queries, {lambda: options.lambda ?? 0})
      const indexOf = new Map(router.candidates.map((name, index) => [name, index]))
      const choices = Int32Array.from(decisions, (decision) => indexOf.get(decision.model) ?? 0)
      fixed.push({label: selection.label, choices})
    }
  }

  const grid =
    options.lambda === undefined
      ? buildLambdaGrid(scored.map((entry) => entry.table))
      : [options.lambda]
  const runs: RouterRun[] = [
    ...scored.map(({label, table}) => ({
      router: label,
      scoring: true,
      points: sweepLambdas(table, realised.cost, grid),
    })),
    ...fixed.map(({label, choices}) => ({
      router: label,
      scoring: false,
      points: [{lambda: 0, choices}],
    })),
  ]
  const ordered = selections.map((selection) => selection.label)
  runs.sort((a, b) => ordered.indexOf(a.router) - ordered.indexOf(b.router))
  options.onStage?.('computing metrics')
  const report = evaluateRouters({
    dataset: dataset.name,
    models: test.models.map((model) => model.name),
    tasks: test.queries.map((query) => query.task),
    performance: test.performance,
    cost: realised.cost,
    costDescription: realised.description,
    trainMeanPerformance: Float64Array.from(meanPerformanceByModel(dataset.train)),
    runs,
    seed: options.seed,
    bootstrapSamples: options.bootstrapSamples,
    labels: options.labels ? [...options.labels] : [],
  })
  return {report, routers: trained}
}

async function trainForEvaluation(
  selection: RouterSelection,
  options: EvaluateRouterListOptions,
  costModel: CostModelParameters,
  trainEmbeddings: readonly Float32Array[] | undefined,
  test: OutcomeMatrix,
): Promise<RouterV1> {
  const {definition} = selection
  const embedder = definition.capabilities.needsEmbeddings ? await options.getEmbedder() : null
  const {artifact} = await fitRouter({
    definition,
    matrix: options.dataset.train,
    hparam: hparamOf(selection, options),
    seed: options.seed,
    costModel,
    embedder,
    embeddings: trainEmbeddings,
  })
  return definition.create(artifact, {embedder, seed: options.seed, outcomes: test})
}

/** A router's settings: the config's, then those given inline on the command line. */
function hparamOf(
  selection: RouterSelection,
  options: EvaluateRouterListOptions,
): Record<string, unknown> {
  return {...options.hparams?.[selection.definition.id], ...selection.overrides}
}

async function embedSplitsIfNeeded(
  selections: readonly RouterSelection[],
  train: OutcomeMatrix,
  test: OutcomeMatrix,
  options: EvaluateRouterListOptions,
): Promise<{train: Float32Array[]; test: Float32Array[]} | null> {
  if (!selections.some((selection) => selection.definition.capabilities.needsEmbeddings)) {
    return null
  }
  const embedder = await options.getEmbedder()
  options.onStage?.(`embedding ${train.queries.length + test.queries.length} queries`)
  const texts = [...train.queries, ...test.queries].map((query) => query.text)
  const vectors = await embedder.embed(texts)
  return {train: vectors.slice(0, train.queries.length), test: vectors.slice(train.queries.length)}
}

function requireTestSplit(dataset: RoutingDataset): OutcomeMatrix {
  if (dataset.test) return dataset.test
  throw new UserError(`${dataset.source} has no test split to evaluate on.`, {
    code: 'DATA_NOT_FOUND',
    suggestions: ['Add a test.jsonl beside train.jsonl, or set data_path.routing_data_test.'],
  })
}

/** A cell with no outcome has no recorded cost, but a router that picks it still pays. */
function fillMissingCosts(cost: Float64Array, test: OutcomeMatrix, costModel: CostModelParameters) {
  const modelCount = test.models.length
  test.queries.forEach((query, row) => {
    let predicted: Float64Array | undefined
    for (let model = 0; model < modelCount; model++) {
      const cell = row * modelCount + model
      if (Number.isFinite(cost[cell])) continue
      predicted ??= predictQueryCosts(costModel, query.text)
      cost[cell] = predicted[model] ?? 0
    }
  })
}
