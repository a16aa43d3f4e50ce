import type {EvaluationReport} from '../types.js'
import {allPlotPoints, collectPlotData, densifyPath} from './plot-series.js'
import type {PlotPoint} from './plot-series.js'
import {createPlotScale, formatTick, wantsLogCostAxis} from './plot-scale.js'
import type {PlotScale} from './plot-scale.js'
import {describeDataset} from './report-header.js'
import {packItems, paint, truncateText} from './text-layout.js'
import type {TextStyle} from './text-layout.js'

/** Size and colour of the terminal chart. */
export interface ChartOptions {
  /** Total columns, y labels included. */
  readonly width: number
  /** Total lines, title, axes and legend included; the plot keeps at least 5 rows. */
  readonly height: number
  /** Paint with ANSI colours. */
  readonly color: boolean
}

const routerMarks = ['*', '+', 'x', '#', '@', '%', '&', '=', '~', '^']
const routerColors: TextStyle[] = ['cyan', 'magenta', 'green', 'blue', 'red', 'yellow']
const singleMarks = '123456789abcdefghijklmnpqrstuvwyz'

interface Cell {
  char: string
  style: TextStyle | null
}

interface Canvas {
  readonly rows: number
  readonly columns: number
  readonly cells: Cell[][]
  readonly x: PlotScale
  readonly y: PlotScale
}

function markOf(marks: string | readonly string[], index: number): string {
  const fallback = String.fromCharCode(65 + (index % 26))
  return index < marks.length ? (marks[index] ?? fallback) : fallback
}

function locate(canvas: Canvas, point: PlotPoint): [number, number] {
  const column = Math.round(canvas.x.project(point.cost) * (canvas.columns - 1))
  const row = Math.round((1 - canvas.y.project(point.performance)) * (canvas.rows - 1))
  return [row, column]
}

function plot(canvas: Canvas, point: PlotPoint, char: string, style: TextStyle | null): void {
  const [row, column] = locate(canvas, point)
  const cell = canvas.cells[row]?.[column]
  if (cell) {
    cell.char = char
    cell.style = style
  }
}

function drawPath(canvas: Canvas, hull: readonly PlotPoint[], char: string, style: TextStyle) {
  const path = canvas.x.kind === 'log' ? densifyPath(hull, 12) : hull
  for (let index = 1; index < path.length; index += 1) {
    const [fromRow, fromColumn] = locate(canvas, path[index - 1] ?? {cost: 0, performance: 0})
    const [toRow, toColumn] = locate(canvas, path[index] ?? {cost: 0, performance: 0})
    const steps = Math.max(1, Math.abs(toRow - fromRow), Math.abs(toColumn - fromColumn))
    for (let step = 0; step <= steps; step += 1) {
      const row = Math.round(fromRow + ((toRow - fromRow) * step) / steps)
      const column = Math.round(fromColumn + ((toColumn - fromColumn) * step) / steps)
      const cell = canvas.cells[row]?.[column]
      if (cell?.char === ' ') {
        cell.char = char
        cell.style = style
      }
    }
  }
}

function xAxisLines(canvas: Canvas, indent: number, color: boolean): [string, string] {
  const axis = Array.from({length: canvas.columns}, () => '─')
  const labels = Array.from({length: canvas.columns}, () => ' ')
  let free = 0
  for (const tick of canvas.x.ticks) {
    const column = Math.round(canvas.x.project(tick) * (canvas.columns - 1))
    if (column < 0 || column >= canvas.columns) continue
    axis[column] = '┬'
    const label = formatTick(tick)
    const start = Math.max(
      0,
      Math.min(canvas.columns - label.length, column - Math.floor(label.length / 2)),
    )
    if (start < free) continue
    labels.splice(start, label.length, ...label)
    free = start + label.length + 1
  }
  const pad = ' '.repeat(indent)
  return [paint(`${pad}└${axis.join('')}`, ['dim'], color), `${pad} ${labels.join('').trimEnd()}`]
}

/**
 * Draws each router's cost–quality curve in the terminal: one mark per λ point, its convex hull
 * joined with `·`, the single models as numbered marks, `O` for the oracle, `?` for random and
 * the zero-router hull joined with `:`. Cost (per 1k queries) is on a log axis when the plotted
 * costs span more than 10×.
 *
 * ```
 * Cost–quality · demo [simulated]
 * Cost: estimated: list price × estimated tokens
 * 0.9 ┤            O
 *     │      ·*··*···*
 * 0.8 ┤   *··         ···2
 *     │  1
 *     └┬──────┬──────┬──────┬
 *      0.01   0.1    1      10
 *      x: mean cost per 1k queries (USD, log scale) · y: mean performance
 * * knnrouter   1 llama-8b   2 gpt-4o (best single)   O oracle   ? random
 * ```
 * @param report - The report from `evaluateRouters`.
 * @param options - Size and colour.
 * @returns The lines joined with newlines, without a trailing newline.
 */
export function formatCostQualityChart(report: EvaluationReport, options: ChartOptions): string {
  const {width, height, color} = options
  const data = collectPlotData(report)
  const points = allPlotPoints(data)
  const log = wantsLogCostAxis(points.map((point) => point.cost))
  const legend: string[] = []
  data.routers.forEach((router, index) =>
    legend.push(`${markOf(routerMarks, index)} ${router.name}`),
  )
  data.singleModels.forEach((single, index) => {
    legend.push(
      `${markOf(singleMarks, index)} ${single.name}${single.bestSingle ? ' (best single)' : ''}`,
    )
  })
  legend.push('O oracle', '? random', ': zero-router hull', '· router hull')
  const legendLines = packItems(legend, width)
  const rows = Math.max(5, height - 5 - legendLines.length)
  const y = createPlotScale(
    points.map((point) => point.performance),
    {log: false, maxTicks: Math.max(2, Math.floor(rows / 3))},
  )
  const yLabels = y.ticks.map(formatTick)
  const labelWidth = Math.max(...yLabels.map((label) => label.length))
  const columns = Math.max(10, width - labelWidth - 2)
  const x = createPlotScale(
    points.map((point) => point.cost),
    {log, maxTicks: Math.max(2, Math.floor(columns / 10))},
  )
  const cells = Array.from({length: rows}, () =>
    Array.from({length: columns}, (): Cell => ({char: ' ', style: null})),
  )
  const canvas: Canvas = {rows, columns, cells, x, y}
  drawPath(canvas, data.zeroRouterHull, ':', 'dim')
  data.routers.forEach((router, index) => {
    const style = routerColors[index % routerColors.length] ?? 'cyan'
    drawPath(canvas, router.hull, '·', style)
    for (const point of router.points) plot(canvas, point, markOf(routerMarks, index), style)
  })
  plot(canvas, data.random, '?', 'dim')
  data.singleModels.forEach((single, index) =>
    plot(canvas, single, markOf(singleMarks, index), 'bold'),
  )
  plot(canvas, data.oracle, 'O', 'bold')

  const tickRows = new Map<number, string>()
  y.ticks.forEach((tick, index) => {
    const row = Math.round((1 - y.project(tick)) * (rows - 1))
    if (!tickRows.has(row)) tickRows.set(row, yLabels[index] ?? '')
  })
  const body = cells.map((row, index) => {
    const label = tickRows.get(index)
    const prefix = paint(
      `${(label ?? '').padStart(labelWidth)} ${label === undefined ? '│' : '┤'}`,
      ['dim'],
      color,
    )
    const line = row.map((cell) => (cell.style ? paint(cell.char, [cell.style], color) : cell.char))
    return `${prefix}${line.join('')}`.trimEnd()
  })
  const caption = `x: mean cost per 1k queries (USD${log ? ', log scale' : ''}) · y: mean performance`
  return [
    paint(truncateText(`Cost–quality · ${describeDataset(report)}`, width), ['bold'], color),
    truncateText(`Cost: ${report.costDescription}`, width),
    ...body,
    ...xAxisLines(canvas, labelWidth + 1, color),
    paint(truncateText(`${' '.repeat(labelWidth + 2)}${caption}`, width), ['dim'], color),
    ...legendLines,
  ].join('\n')
}
