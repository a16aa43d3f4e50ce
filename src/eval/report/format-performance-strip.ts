import {createCanvas, formatHorizontalAxis, renderCanvasRow} from './chart-canvas.js'
import type {CanvasCell} from './chart-canvas.js'
import type {ChartSeries} from './chart-legend.js'
import {createZoomedScale} from './plot-scale.js'
import {formatUSD, paint, truncateText, wrapText} from './text-layout.js'

const indent = 1

/**
 * Draws every series on a single performance axis, for a report whose points all cost the same
 * (typically $0 when the data has no prices) and whose cost axis would carry no information.
 * Marks that land on one column are stacked upwards, so none is hidden.
 *
 * ```
 * Every point costs $0 per 1k queries, so only performance is shown; marks stacked in one
 * column have about the same performance.
 *     2
 *   3 1  x    *        O
 *  ─┬─────────┬────────┬──
 *   0.2       0.4      0.6
 *   x: mean performance
 * ```
 * @param series - The marked series, most important first (lowest in a stack).
 * @param options - Width, colour, and the cost every point shares, per 1k queries.
 * @returns The note, the stacked rows and the axis lines; the legend isn't included.
 */
export function formatPerformanceStrip(
  series: readonly ChartSeries[],
  options: {readonly width: number; readonly color: boolean; readonly cost: number},
): string[] {
  const {width, color} = options
  const columns = Math.max(10, width - indent - 2)
  const scale = createZoomedScale(
    series.flatMap((entry) => entry.points.map((point) => point.performance)),
    {padding: 0.03, minTicks: 3, maxTicks: Math.min(10, Math.max(3, Math.floor(columns / 10)))},
  )
  // Limitation: a stack grows as tall as the marks on one column, so hundreds of tied series
  // would print hundreds of rows; the mark alphabet runs out long before that matters.
  const levels: CanvasCell[][] = []
  for (const entry of series) {
    for (const point of entry.points) {
      if (!Number.isFinite(point.performance)) continue
      const column = Math.round(scale.project(point.performance) * (columns - 1))
      for (let level = 0; ; level += 1) {
        if (level === levels.length) levels.push(createCanvas(1, columns).cells[0] ?? [])
        const cell = levels[level]?.[column]
        if (!cell || (cell.marked && cell.char === entry.char)) break
        if (!cell.marked) {
          Object.assign(cell, {char: entry.char, style: entry.style, marked: true})
          break
        }
      }
    }
  }
  const note =
    `Every point costs ${formatUSD(options.cost)} per 1k queries, so only performance is ` +
    'shown; marks stacked in one column have about the same performance.'
  const pad = ' '.repeat(indent + 1)
  return [
    ...wrapText(note, width),
    ...[...levels].reverse().map((cells) => `${pad}${renderCanvasRow(cells, color)}`.trimEnd()),
    ...formatHorizontalAxis(scale, columns, {indent, corner: '─', color}),
    paint(truncateText(`${pad}x: mean performance`, width), ['dim'], color),
  ]
}
