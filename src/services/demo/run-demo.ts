import {fileURLToPath} from 'node:url'

import {loadRoutingDataset} from '../../data/load-dataset.js'
import {BugError} from '../../errors/index.js'
import type {EvaluationReport} from '../../eval/types.js'
import {knnRouterDefinition} from '../../routers/knn/index.js'
import {createRouterRegistry} from '../../routers/registry.js'
import {evaluateRouterList} from '../eval/evaluate-router-list.js'
import type {RoutedQuery} from '../route/route-queries.js'
import {createQueryEmbedder, defaultEmbeddingSettings} from '../shared/create-query-embedder.js'

/** The routers the demo compares: knnrouter against the baselines a user would try first. */
const demoRouters = 'knnrouter,smallest_llm,largest_llm,best_single,randomrouter'

/** Two queries a reader can judge at a glance: one easy, one that needs a strong model. */
export const demoQueries = [
  'What is the capital city of Australia?',
  'Write a Python function that returns the longest palindromic substring of a string.',
] as const

/** What the demo shows. */
export interface DemoResult {
  readonly report: EvaluationReport
  /** The λ the example queries were routed at: knnrouter's best point at half the best model's cost. */
  readonly exampleLambda: number
  readonly examples: RoutedQuery[]
}

/**
 * Runs the built-in demo: trains knnrouter on the simulated dataset that ships in the package,
 * evaluates it against the baselines, and routes two example queries.
 * @param options - Seed, bootstrap size and a stage callback.
 * @returns The report and the two routed examples.
 */
export async function runDemo(options: {
  seed: number
  bootstrapSamples: number
  onStage?: (stage: string) => void
}): Promise<DemoResult> {
  const dataset = await loadRoutingDataset({path: demoDataPath(), name: 'demo'})
  const embedder = await createQueryEmbedder(defaultEmbeddingSettings, options.onStage)
  try {
    const {report, routers} = await evaluateRouterList({
      dataset,
      routers: demoRouters,
      registry: createRouterRegistry(),
      seed: options.seed,
      bootstrapSamples: options.bootstrapSamples,
      getEmbedder: () => Promise.resolve(embedder),
      labels: ['simulated'],
      onStage: options.onStage,
    })
    const knn = routers.get(knnRouterDefinition.id)
    if (!knn) throw new BugError('The demo evaluated no knnrouter.')
    const exampleLambda = pickExampleLambda(report)
    options.onStage?.('routing two example queries')
    const decisions = await knn.routeBatch(
      demoQueries.map((text) => ({text})),
      {lambda: exampleLambda},
    )
    const examples = decisions.map((decision, index) => ({
      query: demoQueries[index] ?? '',
      ...decision,
    }))
    return {report, exampleLambda, examples}
  } finally {
    await embedder.close?.()
  }
}

/**
 * The folder of the demo dataset inside the installed package.
 * @returns An absolute path.
 */
export function demoDataPath(): string {
  // Both src/services/demo and dist/services/demo sit three levels below the package root.
  return fileURLToPath(new URL('../../../demo/data', import.meta.url))
}

/**
 * Picks the λ of knnrouter's best point costing at most half of the best single model, the
 * trade-off a reader of the demo most likely wants; λ = 0 when no point is that cheap.
 * @param report - The demo's evaluation.
 * @returns The λ.
 */
function pickExampleLambda(report: EvaluationReport): number {
  const knn = report.routers.find((router) => router.router === knnRouterDefinition.id)
  const budget = report.baselines.bestSingle.meanCost / 2
  const affordable = (knn?.points ?? []).filter((point) => point.meanCost <= budget)
  const best = affordable.sort(
    (a, b) => b.meanPerformance - a.meanPerformance || a.lambda - b.lambda,
  )[0]
  return best?.lambda ?? 0
}
