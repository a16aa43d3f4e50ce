import {formatCostQualityChart} from '../../eval/report/format-cost-quality-chart.js'
import {formatEvaluationTable} from '../../eval/report/format-evaluation-table.js'
import type {EvaluationReport} from '../../eval/types.js'

/**
 * Lays out an evaluation for the terminal: the comparison table, then the cost–quality chart.
 * @param report - The evaluation report.
 * @param options - Colours and width.
 * @returns The text to print.
 */
export function formatEvaluationOutput(
  report: EvaluationReport,
  options: {color: boolean; width: number},
): string {
  const table = formatEvaluationTable(report, options)
  const chart = formatCostQualityChart(report, {...options, height: 18})
  return `${table}\n\n${chart}`
}
