import {findRouterEvaluation} from '../find-point.js'
import type {EvaluationReport, TaskMetrics} from '../types.js'
import {formatReportHeader} from './report-header.js'
import {
  formatCount,
  formatLambda,
  formatPerformance,
  formatPerformanceDelta,
  formatUSD,
  layoutTable,
  truncateText,
} from './text-layout.js'
import type {TextCell, TextColumn} from './text-layout.js'

/** Which point of the router to break down, and how to draw it. */
export interface TaskTableOptions {
  /** λ of the point to show (the nearest point is taken); defaults to the router's lowest λ. */
  readonly lambda?: number
  /** Paint with ANSI colours; off by default. */
  readonly color?: boolean
  /** Terminal columns; defaults to 100. */
  readonly width?: number
}

/**
 * Formats one router's results per task at one λ, beside the best single model and the oracle.
 *
 * ```
 * Per-task results · knnrouter at λ=0 · demo · 3000 queries · 11 models · 2 routers
 * Cost: estimated: list price × estimated tokens
 * Intervals: 95% bootstrap intervals, 1000 resamples, seed 7
 *
 * Task       Queries   Perf  $ / 1k q  Δ best  Best single  Oracle  Missing
 * ────────────────────────────────────────────────────────────────────────
 * gsm8k         1000  0.812     $1.20  +0.034        0.778   0.950        0
 * ```
 * @param report - The report from `evaluateRouters`.
 * @param router - The router's name (case-insensitive).
 * @param options - Point, colours and width.
 * @returns The lines joined with newlines, without a trailing newline.
 * @throws {UserError} When the report has no such router.
 */
export function formatTaskTable(
  report: EvaluationReport,
  router: string,
  options: TaskTableOptions = {},
): string {
  const {color = false, width = 100} = options
  const evaluation = findRouterEvaluation(report, router)
  const target = options.lambda ?? -Infinity
  const point = evaluation.points.reduce((nearest, candidate) =>
    Math.abs(candidate.lambda - target) < Math.abs(nearest.lambda - target) ? candidate : nearest,
  )
  const byTask = (tasks: readonly TaskMetrics[]) => new Map(tasks.map((task) => [task.task, task]))
  const bestSingle = byTask(report.baselines.bestSingle.tasks)
  const oracle = byTask(report.baselines.oracle.tasks)
  const taskWidth = Math.max(8, Math.min(32, width - 66))
  const columns: TextColumn[] = [
    {header: 'Task', width: taskWidth, align: 'left'},
    {header: 'Queries', width: 7, align: 'right'},
    {header: 'Perf', width: 5, align: 'right'},
    {header: '$ / 1k q', width: 9, align: 'right'},
    {header: 'Δ best', width: 6, align: 'right'},
    {header: 'Best single', width: 11, align: 'right'},
    {header: 'Oracle', width: 6, align: 'right'},
    {header: 'Missing', width: 7, align: 'right'},
  ]
  const rows = point.tasks.map((task): TextCell[] => {
    const best = bestSingle.get(task.task)?.meanPerformance ?? Number.NaN
    const delta = task.meanPerformance - best
    return [
      {text: task.task},
      {text: String(task.queryCount)},
      {text: formatPerformance(task.meanPerformance), styles: ['bold']},
      {text: formatUSD(task.meanCost * 1000)},
      {
        text: formatPerformanceDelta(delta),
        styles: delta > 0 ? ['green'] : delta < 0 ? ['red'] : [],
      },
      {text: formatPerformance(best)},
      {text: formatPerformance(oracle.get(task.task)?.meanPerformance ?? Number.NaN)},
      {text: formatCount(task.missingPicks), styles: task.missingPicks > 0 ? ['yellow'] : ['dim']},
    ]
  })
  const title = `Per-task results · ${evaluation.router} at λ=${formatLambda(point.lambda)}`
  return [
    ...formatReportHeader(report, title, {width, color}),
    '',
    ...layoutTable(columns, rows, color),
    '',
    truncateText(
      `Best single = ${report.baselines.bestSingle.model}; Δ best = Perf − best single.`,
      width,
    ),
  ].join('\n')
}
