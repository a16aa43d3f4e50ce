// Routing quality of every learned router on the shared datasets, beside the Python LLMRouter's own
// decision rule: the table behind the quality targets. Run with `npm run bench:quality`;
// add `-- --data mmlu-pro,routerbench-subset` or `-- --router mlprouter,mfrouter` to narrow it.
import path from 'node:path'
import process from 'node:process'

import type {EvaluationReport, RouterEvaluation} from '../src/eval/types.js'
import type {RouterDefinition} from '../src/routers/router-definition.js'
import {createRouterRegistry} from '../src/routers/registry.js'
import {evaluateRouterList} from '../src/services/eval/evaluate-router-list.js'
import {loadRunInputs} from '../src/services/shared/load-run-inputs.js'

const defaultDatasets = [
  'llmrouter-dcrouter',
  'routerbench-subset',
  'mmlu-pro',
  'routellm-gpt4-mixtral',
]
const dataRoot = path.resolve('../shared/data')

interface QualityRow {
  readonly dataset: string
  readonly router: string
  readonly lambdaZero: number
  readonly originalLambdaZero: number | null
  /** Least cost, as a share of the best single model's, that reaches a share of its quality. */
  readonly costShareAt95: number | null
  readonly costShareAt100: number | null
  readonly seconds: number
}

async function main(): Promise<void> {
  const registry = createRouterRegistry()
  const onlyRouters = valueOf('--router')?.split(',')
  const learned = registry.routers.filter((definition) =>
    onlyRouters ? onlyRouters.includes(definition.id) : definition.capabilities.trainable,
  )
  const datasets = valueOf('--data')?.split(',') ?? defaultDatasets
  const rows: QualityRow[] = []
  for (const dataset of datasets) {
    const inputs = await loadRunInputs({registry, dataPath: path.join(dataRoot, dataset)})
    try {
      for (const definition of learned) {
        const started = performance.now()
        const {report} = await evaluateRouterList({
          dataset: inputs.dataset,
          routers: selectionsOf(definition),
          registry,
          seed: 42,
          bootstrapSamples: 0,
          getEmbedder: inputs.getEmbedder,
        })
        const seconds = (performance.now() - started) / 1000
        const row = summarise(dataset, definition, report, seconds)
        rows.push(row)
        // Each row as soon as it is known: the whole run takes many minutes.
        console.log(formatRow(row))
      }
    } finally {
      await inputs.close()
    }
  }
  console.log()
  printTable(rows)
}

/** The router as configured by default, and under its original rule when it has one. */
function selectionsOf(definition: RouterDefinition): string {
  const rule = definition.originalRule
  if (!rule) return definition.id
  const settings = Object.entries(rule).map(([key, value]) => `${key}=${value}`)
  return `${definition.id},${[definition.id, ...settings].join(':')}`
}

function summarise(
  dataset: string,
  definition: RouterDefinition,
  report: EvaluationReport,
  seconds: number,
): QualityRow {
  const [main, original] = report.routers
  if (!main) throw new Error(`${definition.id} is missing from the report on ${dataset}`)
  const best = report.baselines.bestSingle
  return {
    dataset,
    router: definition.id,
    lambdaZero: performanceAtZero(main),
    originalLambdaZero: original ? performanceAtZero(original) : null,
    costShareAt95: cheapestShare(main, best.meanPerformance * 0.95, best.meanCost),
    costShareAt100: cheapestShare(main, best.meanPerformance, best.meanCost),
    seconds,
  }
}

function performanceAtZero(router: RouterEvaluation): number {
  return router.points.find((point) => point.lambda === 0)?.meanPerformance ?? Number.NaN
}

function cheapestShare(router: RouterEvaluation, performance: number, bestCost: number) {
  if (!(bestCost > 0)) return null
  const reaching = router.points.filter((point) => point.meanPerformance >= performance - 1e-12)
  if (reaching.length === 0) return Number.POSITIVE_INFINITY
  return Math.min(...reaching.map((point) => point.meanCost)) / bestCost
}

const header =
  '| dataset | router | λ=0 | original rule λ=0 | cost share at 95% of best | at 100% | train+eval s |'

function printTable(rows: readonly QualityRow[]): void {
  console.log(header)
  console.log('|---|---|---|---|---|---|---|')
  for (const row of rows) console.log(formatRow(row))
}

function formatRow(row: QualityRow): string {
  const cells = [
    row.dataset,
    row.router,
    row.lambdaZero.toFixed(4),
    row.originalLambdaZero === null ? '—' : row.originalLambdaZero.toFixed(4),
    formatShare(row.costShareAt95),
    formatShare(row.costShareAt100),
    row.seconds.toFixed(0),
  ]
  return `| ${cells.join(' | ')} |`
}

function formatShare(share: number | null): string {
  if (share === null) return 'no prices'
  return Number.isFinite(share) ? share.toFixed(3) : 'never'
}

function valueOf(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index === -1 ? undefined : process.argv[index + 1]
}

await main()
