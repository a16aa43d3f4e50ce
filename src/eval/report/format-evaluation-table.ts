import type {CurveSummary, EvaluationReport, PointMetrics, RouterEvaluation} from '../types.js'
import {formatReportHeader} from './report-header.js'
import {
  formatCount,
  formatLambda,
  formatPercent,
  formatPerformance,
  formatPerformanceDelta,
  formatUSD,
  layoutTable,
  paint,
  wrapText,
} from './text-layout.js'
import type {TextCell, TextColumn} from './text-layout.js'

/** How to draw a terminal report. */
export interface TerminalReportOptions {
  /** Paint with ANSI colours. */
  readonly color: boolean
  /** Terminal columns; tables narrow their name column to fit, down to about 80. */
  readonly width: number
}

const none: TextCell = {text: '—', styles: ['dim']}

function signedStyle(value: number): TextCell['styles'] {
  if (value > 0) return ['green']
  return value < 0 ? ['red'] : []
}

function pointCells(point: PointMetrics, report: EvaluationReport, intervals: boolean) {
  const best = report.baselines.bestSingle
  const delta = point.meanPerformance - best.meanPerformance
  const saved = best.meanCost > 0 ? 1 - point.meanCost / best.meanCost : null
  const interval = point.performanceInterval
  const cells: TextCell[] = [{text: formatPerformance(point.meanPerformance), styles: ['bold']}]
  if (intervals) {
    cells.push(
      interval
        ? {text: `${formatPerformance(interval.low)}–${formatPerformance(interval.high)}`}
        : none,
    )
  }
  cells.push(
    {text: formatUSD(point.meanCost * 1000)},
    {text: formatPerformanceDelta(delta), styles: signedStyle(delta)},
    saved === null ? none : {text: formatPercent(saved), styles: signedStyle(saved)},
    {text: formatCount(point.missingPicks), styles: point.missingPicks > 0 ? ['yellow'] : ['dim']},
  )
  return cells
}

function routerRows(router: RouterEvaluation, report: EvaluationReport, intervals: boolean) {
  const shown = [0, router.bestPerformanceIndex, router.matchesBestSingleIndex ?? 0]
  const indices = [...new Set(shown)].sort((left, right) => left - right)
  return indices.flatMap((index, position) => {
    const point = router.points[index]
    if (!point) return []
    const tags = [
      index === router.bestPerformanceIndex ? 'top' : '',
      index === router.matchesBestSingleIndex ? '≥best' : '',
    ].filter((tag) => tag !== '')
    const name: TextCell = position === 0 ? {text: router.router, styles: ['cyan']} : {text: ''}
    const label = [`λ=${formatLambda(point.lambda)}`, ...tags].join(' ')
    return [[name, {text: label}, ...pointCells(point, report, intervals)]]
  })
}

function curveCells(name: TextCell, curve: CurveSummary): TextCell[] {
  const gain = curve.gainAtBestSingleCost
  const saved = curve.costSavedAtBestSingleQuality
  return [
    name,
    {text: formatPerformance(curve.aiq), styles: ['bold']},
    gain === null ? none : {text: formatPerformanceDelta(gain), styles: signedStyle(gain)},
    saved === null ? none : {text: formatPercent(saved), styles: signedStyle(saved)},
  ]
}

function formatCurveTable(report: EvaluationReport, nameWidth: number, color: boolean): string[] {
  const twoModel = report.twoModel !== null
  const columns: TextColumn[] = [
    {header: 'Curve', width: nameWidth, align: 'left'},
    {header: 'AIQ', width: 5, align: 'right'},
    {header: 'Gain at equal cost', width: 18, align: 'right'},
    {header: 'Saved at equal quality', width: 22, align: 'right'},
  ]
  if (twoModel) {
    columns.push(
      {header: 'APGR', width: 5, align: 'right'},
      {header: 'CPT 50%', width: 7, align: 'right'},
      {header: 'CPT 80%', width: 7, align: 'right'},
    )
  }
  const share = (value: number | null): TextCell =>
    value === null ? none : {text: formatPercent(value)}
  const rows = report.routers.map((router) => {
    const cells = curveCells({text: router.router, styles: ['cyan']}, router.curve)
    const metrics = router.twoModel
    if (twoModel) {
      cells.push(
        metrics?.apgr == null ? none : {text: formatPerformance(metrics.apgr)},
        share(metrics?.cpt50 ?? null),
        share(metrics?.cpt80 ?? null),
      )
    }
    return cells
  })
  rows.push(curveCells({text: 'zero router', styles: ['yellow']}, report.baselines.zeroRouter))
  return layoutTable(columns, rows, color)
}

/**
 * Formats the evaluation as terminal tables: each router at its lowest λ, its best-performing
 * point (`top`) and its cheapest point at least as good as the best single model (`≥best`),
 * then the oracle, best single and random baselines; below, each router's curve figures.
 *
 * ```
 * Replay evaluation · demo [simulated] · 3000 queries · 11 models · 2 routers
 * Cost: estimated: list price × estimated tokens
 * Intervals: 95% bootstrap intervals, 1000 resamples, seed 7
 *
 * Series        Point        Perf  95% CI       $ / 1k q  Δ perf  Saved  Missing
 * ─────────────────────────────────────────────────────────────────────────────
 * knnrouter     λ=0 top     0.712  0.697–0.727     $1.23  +0.012   -64%        0
 *               λ=120 ≥best 0.701  0.686–0.716    $0.456  +0.001    39%        0
 * oracle        per query   0.902  0.891–0.913    $0.210  +0.202    72%        0
 * ```
 * @param report - The report from `evaluateRouters`.
 * @param options - Colours and terminal width.
 * @returns The lines joined with newlines, without a trailing newline.
 */
export function formatEvaluationTable(
  report: EvaluationReport,
  options: TerminalReportOptions,
): string {
  const {color, width} = options
  const intervals = report.bootstrapSamples > 0
  const fixed = 18 + 5 + (intervals ? 11 + 2 : 0) + 9 + 6 + 6 + 7 + 2 * 6
  const nameWidth = Math.max(12, Math.min(24, width - fixed))
  const columns: TextColumn[] = [
    {header: 'Series', width: nameWidth, align: 'left'},
    {header: 'Point', width: 18, align: 'left'},
    {header: 'Perf', width: 5, align: 'right'},
    ...(intervals ? [{header: '95% CI', width: 11, align: 'left'} as const] : []),
    {header: '$ / 1k q', width: 9, align: 'right'},
    {header: 'Δ perf', width: 6, align: 'right'},
    {header: 'Saved', width: 6, align: 'right'},
    {header: 'Missing', width: 7, align: 'right'},
  ]
  const {oracle, bestSingle, random} = report.baselines
  const baseline = (name: string, point: string, metrics: PointMetrics) => [
    {text: name, styles: ['yellow'] as const},
    {text: point},
    ...pointCells(metrics, report, intervals),
  ]
  const rows = [
    ...report.routers.flatMap((router) => routerRows(router, report, intervals)),
    baseline('oracle', 'per-query best', oracle),
    baseline('best single', bestSingle.model, bestSingle),
    baseline('random', 'uniform, expected', random),
  ]
  const notes = [
    `Δ perf and Saved compare each row with the best single model, ${bestSingle.model} ` +
      `(${formatPerformance(bestSingle.meanPerformance)} at ` +
      `${formatUSD(bestSingle.meanCost * 1000)} per 1k queries). top = the router's best ` +
      'performance; ≥best = its cheapest point at least as good as the best single model. ' +
      'Missing = picks of cells without an outcome, scored 0.',
    'Curves: AIQ averages performance over the single models’ cost range on the hull of the ' +
      "router's points and the single models; gain and saved are read off the router's own " +
      'hull at the best single model’s cost and performance. Zero router = mixing single ' +
      'models without routing. Definitions: report.definitions in --json.',
  ]
  return [
    ...formatReportHeader(report, 'Replay evaluation', options),
    '',
    ...layoutTable(columns, rows, color),
    '',
    ...formatCurveTable(report, nameWidth, color),
    '',
    ...notes.flatMap((note) => wrapText(note, width).map((line) => paint(line, ['dim'], color))),
  ].join('\n')
}
