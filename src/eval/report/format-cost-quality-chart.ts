import type {EvaluationReport} from '../types.js'
import {
  createCanvas,
  drawCellPath,
  formatHorizontalAxis,
  placeMarks,
  renderCanvasRow,
} from './chart-canvas.js'
import type {Canvas, CellPosition, MarkPlacement} from './chart-canvas.js'
import {formatChartLegend, listChartSeries} from './chart-legend.js'
import type {ChartSeries} from './chart-legend.js'
import {formatPerformanceStrip} from './format-performance-strip.js'
import {allPlotPoints, collectPlotData, densifyPath} from './plot-series.js'
import type {PlotData, PlotPoint} from './plot-series.js'
import {createPlotScale, createZoomedScale, formatTick, wantsLogCostAxis} from './plot-scale.js'
import type {PlotScale} from './plot-scale.js'
import {describeDataset} from './report-header.js'
import {paint, truncateText} from './text-layout.js'

/** Size and colour of the terminal chart. */
export interface ChartOptions {
  /** Total columns, y labels included. */
  readonly width: number
  /**
   * Total lines to aim for, title, axes and legend included. The plot keeps at least 12 rows,
   * so a long legend makes the chart taller; a report whose points all cost the same gets a
   * shorter performance-only strip.
   */
  readonly height: number
  /** Paint with ANSI colours. */
  readonly color: boolean
}

/** Rows the plot area keeps however long the legend is. */
const minimumPlotRows = 12
/** Lines besides the plot rows and the legend: title, cost, x axis, x labels, caption. */
const frameLines = 5

interface Plot {
  readonly canvas: Canvas
  readonly x: PlotScale
  readonly y: PlotScale
  readonly shared: string[]
}

function drawPlot(
  data: PlotData,
  series: readonly ChartSeries[],
  scales: {readonly x: PlotScale; readonly y: PlotScale},
  size: {readonly rows: number; readonly columns: number},
): Plot {
  const {x, y} = scales
  const {rows, columns} = size
  const canvas = createCanvas(rows, columns)
  const locate = (point: PlotPoint): CellPosition => [
    Math.round((1 - y.project(point.performance)) * (rows - 1)),
    Math.round(x.project(point.cost) * (columns - 1)),
  ]
  const cellPath = (path: readonly PlotPoint[]) =>
    (x.kind === 'log' ? densifyPath(path, 12) : path).map(locate)
  drawCellPath(canvas, cellPath(data.zeroRouterHull), ':', 'dim')
  // Routers come after the zero-router hull and in reverse, so the first router's curve is on top.
  const routers = series.filter((entry) => entry.kind === 'router')
  for (let index = data.routers.length - 1; index >= 0; index -= 1) {
    const hull = data.routers[index]?.hull ?? []
    drawCellPath(canvas, cellPath(hull), '·', routers[index]?.style ?? 'cyan')
  }
  const marks: MarkPlacement[] = series.flatMap((entry) =>
    entry.points.map((point) => ({char: entry.char, style: entry.style, at: locate(point)})),
  )
  return {canvas, x, y, shared: placeMarks(canvas, marks)}
}

function formatPlotRows(plot: Plot, color: boolean): {lines: string[]; labelWidth: number} {
  const {canvas, y} = plot
  const labels = y.ticks.map(formatTick)
  const labelWidth = Math.max(1, ...labels.map((label) => label.length))
  const tickRows = new Map<number, string>()
  y.ticks.forEach((tick, index) => {
    const row = Math.round((1 - y.project(tick)) * (canvas.rows - 1))
    if (!tickRows.has(row)) tickRows.set(row, labels[index] ?? '')
  })
  const lines = canvas.cells.map((cells, index) => {
    const label = tickRows.get(index)
    const prefix = paint(
      `${(label ?? '').padStart(labelWidth)} ${label === undefined ? '│' : '┤'}`,
      ['dim'],
      color,
    )
    return `${prefix}${renderCanvasRow(cells, color)}`.trimEnd()
  })
  return {lines, labelWidth}
}

/**
 * Draws each router's cost–quality curve in the terminal: one mark per λ point, its convex hull
 * joined with `·`, the single models as numbered marks, `O` for the oracle, `?` for random and
 * the zero-router hull joined with `:`. Marks are drawn over lines and router curves over the
 * zero-router hull; when two marks fall in one cell, the later one in the order single models,
 * oracle, routers, random moves a column or two aside and the legend lists the pair (`x=1`).
 * The y axis zooms to the plotted performances; cost (per 1k queries) is on a log axis when
 * the plotted costs span more than 10×. When every point costs the same, e.g. data without
 * prices, a performance-only strip replaces the plot (see `formatPerformanceStrip`).
 *
 * ```
 * Cost–quality · demo [simulated]
 * Cost: estimated: list price × estimated tokens
 *     │            O
 * 0.8 ┤
 *     │      ·*··*···*
 *     │   *··::::::::2
 * 0.7 ┤  1x
 *     └┬──────┬──────┬──────┬
 *      0.01   0.1    1      10
 *      x: mean cost per 1k queries (USD, log scale) · y: mean performance
 * * knnrouter   x smallest_llm   1 llama-8b   2 gpt-4o (best single)   O oracle   ? random
 * : zero-router hull   · router hull
 * Same cell, drawn side by side: x=1
 * ```
 * @param report - The report from `evaluateRouters`.
 * @param options - Size and colour.
 * @returns The lines joined with newlines, without a trailing newline.
 */
export function formatCostQualityChart(report: EvaluationReport, options: ChartOptions): string {
  const {width, height, color} = options
  const data = collectPlotData(report)
  const series = listChartSeries(data)
  const points = [...allPlotPoints(data), ...data.zeroRouterHull]
  const title = [
    paint(truncateText(`Cost–quality · ${describeDataset(report)}`, width), ['bold'], color),
    truncateText(`Cost: ${report.costDescription}`, width),
  ]
  const costs = points.map((point) => point.cost).filter((cost) => Number.isFinite(cost))
  const lowCost = costs.length > 0 ? Math.min(...costs) : 0
  if (costs.every((cost) => cost === lowCost)) {
    const strip = formatPerformanceStrip(series, {width, color, cost: lowCost})
    const legend = formatChartLegend(series, {width, lines: false, shared: []})
    return [...title, ...strip, ...legend].join('\n')
  }
  const y = createZoomedScale(
    points.map((point) => point.performance),
    {padding: 0.05, minTicks: 3, maxTicks: 5, limits: [0, 1]},
  )
  const labelWidth = Math.max(1, ...y.ticks.map((tick) => formatTick(tick).length))
  const columns = Math.max(10, width - labelWidth - 2)
  const log = wantsLogCostAxis(costs)
  const x = createPlotScale(costs, {log, maxTicks: Math.max(2, Math.floor(columns / 10))})
  const legendRows = (shared: readonly string[]) =>
    formatChartLegend(series, {width, lines: true, shared})
  let rows = Math.max(minimumPlotRows, height - frameLines - legendRows([]).length)
  let plot = drawPlot(data, series, {x, y}, {rows, columns})
  let legend = legendRows(plot.shared)
  // Marks sharing a cell add legend lines; give them plot rows back if the plot can spare them.
  const overflow = frameLines + rows + legend.length - height
  if (overflow > 0 && rows > minimumPlotRows) {
    rows = Math.max(minimumPlotRows, rows - overflow)
    plot = drawPlot(data, series, {x, y}, {rows, columns})
    legend = legendRows(plot.shared)
  }
  const body = formatPlotRows(plot, color)
  const caption = `x: mean cost per 1k queries (USD${log ? ', log scale' : ''}) · y: mean performance`
  return [
    ...title,
    ...body.lines,
    ...formatHorizontalAxis(x, columns, {indent: body.labelWidth + 1, corner: '└', color}),
    paint(truncateText(`${' '.repeat(body.labelWidth + 2)}${caption}`, width), ['dim'], color),
    ...legend,
  ].join('\n')
}
