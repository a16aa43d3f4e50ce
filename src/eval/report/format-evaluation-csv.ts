import type {EvaluationReport, PointMetrics} from '../types.js'

type CSVValue = string | number | boolean | null

function escapeField(value: CSVValue): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

interface RowIdentity {
  readonly kind: 'router' | 'oracle' | 'best-single' | 'random' | 'single'
  readonly series: string
  readonly lambda: number | null
  readonly model: string | null
  readonly onPareto: boolean | null
  readonly onHull: boolean | null
}

/**
 * Formats the evaluation as CSV (RFC 4180 quoting, `\n` line ends): a header row, then one row
 * per router × λ point, then the oracle, best single, random and every single model. Each row
 * repeats the dataset, labels and cost source so a row stands on its own; `share:<model>`
 * columns hold the routing distribution; empty fields are not applicable (no λ for a baseline,
 * no interval when bootstrapping is off).
 * @param report - The report from `evaluateRouters`.
 * @returns The CSV text, ending with a newline.
 */
export function formatEvaluationCSV(report: EvaluationReport): string {
  const header = [
    'dataset',
    'labels',
    'kind',
    'series',
    'lambda',
    'model',
    'mean_performance',
    'performance_low',
    'performance_high',
    'mean_cost',
    'cost_low',
    'cost_high',
    'total_cost',
    'entropy_bits',
    'missing_picks',
    'on_pareto',
    'on_hull',
    ...report.models.map((model) => `share:${model}`),
    'cost_description',
  ]
  const labels = report.labels.join(';')
  const row = (identity: RowIdentity, point: PointMetrics): CSVValue[] => [
    report.dataset,
    labels,
    identity.kind,
    identity.series,
    identity.lambda,
    identity.model,
    point.meanPerformance,
    point.performanceInterval?.low ?? null,
    point.performanceInterval?.high ?? null,
    point.meanCost,
    point.costInterval?.low ?? null,
    point.costInterval?.high ?? null,
    point.totalCost,
    point.entropyBits,
    point.missingPicks,
    identity.onPareto,
    identity.onHull,
    ...point.distribution,
    report.costDescription,
  ]
  const baseline = (kind: RowIdentity['kind'], series: string, model: string | null) => ({
    kind,
    series,
    lambda: null,
    model,
    onPareto: null,
    onHull: null,
  })
  const {oracle, bestSingle, random, singleModels} = report.baselines
  const rows = [
    header,
    ...report.routers.flatMap((router) =>
      router.points.map((point) =>
        row(
          {
            kind: 'router',
            series: router.router,
            lambda: point.lambda,
            model: null,
            onPareto: point.onPareto,
            onHull: point.onHull,
          },
          point,
        ),
      ),
    ),
    row(baseline('oracle', 'oracle', null), oracle),
    row(baseline('best-single', 'best single', bestSingle.model), bestSingle),
    row(baseline('random', 'random', null), random),
    ...singleModels.map((single) => row(baseline('single', single.model, single.model), single)),
  ]
  return rows.map((cells) => cells.map(escapeField).join(',')).join('\n') + '\n'
}
