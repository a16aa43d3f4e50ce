import type {EvaluationReport} from '../types.js'
import {paint, truncateText} from './text-layout.js'

/**
 * Names the dataset with its labels, as every output prints it.
 * @param report - The report.
 * @returns E.g. `routerbench-mini [simulated]`.
 */
export function describeDataset(report: EvaluationReport): string {
  return report.labels.length > 0
    ? `${report.dataset} [${report.labels.join(', ')}]`
    : report.dataset
}

/**
 * Describes how intervals were computed, in a few words.
 * @param report - The report.
 * @returns E.g. `95% bootstrap intervals, 1000 resamples, seed 7`.
 */
export function describeIntervals(report: EvaluationReport): string {
  if (report.bootstrapSamples === 0) return 'no intervals (bootstrap off)'
  const level = Math.round(report.confidenceLevel * 100)
  return `${level}% bootstrap intervals, ${report.bootstrapSamples} resamples, seed ${report.seed}`
}

/**
 * Writes the lines that open every terminal report: title, cost source, intervals.
 * @param report - The report.
 * @param title - What the report shows, e.g. `Replay evaluation`.
 * @param options - Terminal width and whether to paint.
 * @returns The lines.
 */
export function formatReportHeader(
  report: EvaluationReport,
  title: string,
  options: {readonly width: number; readonly color: boolean},
): string[] {
  const {width, color} = options
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  const counts = [
    plural(report.queryCount, 'query').replace('querys', 'queries'),
    plural(report.models.length, 'model'),
    plural(report.routers.length, 'router'),
  ].join(' · ')
  return [
    paint(
      truncateText(`${title} · ${describeDataset(report)} · ${counts}`, width),
      ['bold'],
      color,
    ),
    truncateText(`Cost: ${report.costDescription}`, width),
    paint(truncateText(`Intervals: ${describeIntervals(report)}`, width), ['dim'], color),
  ]
}
