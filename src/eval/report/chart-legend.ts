import type {PlotData, PlotPoint} from './plot-series.js'
import {packItems, wrapText} from './text-layout.js'
import type {TextStyle} from './text-layout.js'

/** A series as the terminal chart marks it: its character, style and points. */
export interface ChartSeries {
  readonly kind: 'single' | 'oracle' | 'router' | 'random'
  readonly char: string
  readonly style: TextStyle | null
  readonly label: string
  readonly points: readonly PlotPoint[]
}

const routerChars = ['*', '+', 'x', '#', '@', '%', '&', '=', '~', '^']
const routerStyles: TextStyle[] = ['cyan', 'magenta', 'green', 'blue', 'red', 'yellow']
const singleChars = '123456789abcdefghijklmnpqrstuvwyz'

function markOf(marks: string | readonly string[], index: number): string {
  const fallback = String.fromCharCode(65 + (index % 26))
  return index < marks.length ? (marks[index] ?? fallback) : fallback
}

/**
 * Lists what the chart marks, most important first: the single models, the oracle, each
 * router's λ points, then random. Marks earlier in the list keep their exact cells when two
 * land on the same one.
 * @param data - The plot's data.
 * @returns The series with their marks.
 */
export function listChartSeries(data: PlotData): ChartSeries[] {
  return [
    ...data.singleModels.map((single, index) => ({
      kind: 'single' as const,
      char: markOf(singleChars, index),
      style: 'bold' as const,
      label: `${single.name}${single.bestSingle ? ' (best single)' : ''}`,
      points: [single],
    })),
    {kind: 'oracle', char: 'O', style: 'bold', label: 'oracle', points: [data.oracle]},
    ...data.routers.map((router, index) => ({
      kind: 'router' as const,
      char: markOf(routerChars, index),
      style: routerStyles[index % routerStyles.length] ?? 'cyan',
      label: router.name,
      points: router.points,
    })),
    {kind: 'random', char: '?', style: 'dim', label: 'random', points: [data.random]},
  ]
}

/**
 * Writes the legend: routers, single models, oracle and random, then the line styles when the
 * chart draws lines, then the marks that share a cell.
 * @param series - The series from `listChartSeries`.
 * @param options - Width, whether hull lines are drawn, and the `mark=owner` pairs of marks
 * moved off a shared cell.
 * @returns The legend's lines.
 */
export function formatChartLegend(
  series: readonly ChartSeries[],
  options: {readonly width: number; readonly lines: boolean; readonly shared: readonly string[]},
): string[] {
  const item = (entry: ChartSeries) => `${entry.char} ${entry.label}`
  const routers = series.filter((entry) => entry.kind === 'router')
  const others = series.filter((entry) => entry.kind !== 'router')
  const items = [...routers.map(item), ...others.map(item)]
  if (options.lines) items.push(': zero-router hull', '· router hull')
  const shared =
    options.shared.length > 0
      ? wrapText(`Same cell, drawn side by side: ${options.shared.join(' ')}`, options.width)
      : []
  return [...packItems(items, options.width), ...shared]
}
