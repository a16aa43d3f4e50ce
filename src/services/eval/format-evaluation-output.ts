import {formatCostQualityChart} from '../../eval/report/format-cost-quality-chart.js'
import {formatEvaluationTable} from '../../eval/report/format-evaluation-table.js'
import {formatTaskTable} from '../../eval/report/format-task-table.js'
import type {EvaluationReport} from '../../eval/types.js'

/**
 * Lays out an evaluation for the terminal: the comparison table, the cost–quality chart, and
 * with `byTask` one per-task table per router.
 * @param report - The evaluation report.
 * @param options - Colours and width.
 * @returns The text to print.
 */
export function formatEvaluationOutput(
  report: EvaluationReport,
  options: {color: boolean; width: number; byTask?: boolean},
): string {
  const table = formatEvaluationTable(report, options)
  const chart = formatCostQualityChart(report, {...options, height: 18})
  const taskTables = options.byTask
    ? report.routers.map((router) => formatTaskTable(report, router.router, options))
    : []
  return [table, chart, ...taskTables].join('\n\n')
}
