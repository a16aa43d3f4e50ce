import type {EvaluationReport} from '../types.js'
import {allPlotPoints, collectPlotData, densifyPath} from './plot-series.js'
import type {PlotPoint} from './plot-series.js'
import {createPlotScale, formatTick, wantsLogCostAxis} from './plot-scale.js'
import {describeDataset, describeIntervals} from './report-header.js'
import {truncateText} from './text-layout.js'

const canvasWidth = 900
const canvasHeight = 560
const plotArea = {left: 70, top: 64, right: 660, bottom: 500}
const legendLeft = 680
const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b']
const muted = '#555555'

function escapeXML(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

function coordinate(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0'
}

function text(x: number, y: number, content: string, attributes = ''): string {
  const extra = attributes === '' ? '' : ` ${attributes}`
  return `<text x="${coordinate(x)}" y="${coordinate(y)}"${extra}>${escapeXML(content)}</text>`
}

/**
 * Renders the cost–quality plot as a standalone SVG document: axes with ticks and titles, each
 * router's λ points and convex hull, the zero-router hull dashed, single models as labelled
 * dots (the best single ringed), the oracle and random marked, a legend, and the dataset,
 * labels, cost source and interval method as title lines. Cost (per 1k queries) is on a log axis
 * when the plotted costs span more than 10×. Every text is XML-escaped.
 * @param report - The report from `evaluateRouters`.
 * @returns The SVG markup, starting with `<svg` and ending with a newline.
 */
export function renderEvaluationSVG(report: EvaluationReport): string {
  const data = collectPlotData(report)
  const points = allPlotPoints(data)
  const log = wantsLogCostAxis(points.map((point) => point.cost))
  const x = createPlotScale(
    points.map((point) => point.cost),
    {log, maxTicks: 8},
  )
  const y = createPlotScale(
    points.map((point) => point.performance),
    {log: false, maxTicks: 8},
  )
  const toX = (cost: number) => plotArea.left + x.project(cost) * (plotArea.right - plotArea.left)
  const toY = (value: number) =>
    plotArea.bottom - y.project(value) * (plotArea.bottom - plotArea.top)
  const polyline = (path: readonly PlotPoint[], attributes: string) =>
    path.length < 2
      ? ''
      : `<polyline fill="none" ${attributes} points="${(log ? densifyPath(path, 24) : path)
          .map((point) => `${coordinate(toX(point.cost))},${coordinate(toY(point.performance))}`)
          .join(' ')}"/>`
  const {left, top, right, bottom} = plotArea
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${canvasWidth}" height="${canvasHeight}" ` +
      `viewBox="0 0 ${canvasWidth} ${canvasHeight}" font-family="system-ui, sans-serif" ` +
      'font-size="12">',
    `<title>${escapeXML(`Cost–quality · ${describeDataset(report)}`)}</title>`,
    `<rect width="${canvasWidth}" height="${canvasHeight}" fill="#ffffff"/>`,
    text(
      left,
      26,
      `Cost–quality · ${describeDataset(report)}`,
      'font-size="16" font-weight="bold"',
    ),
    text(left, 44, truncateText(`Cost: ${report.costDescription}`, 110), `fill="${muted}"`),
    text(left, 58, describeIntervals(report), `fill="${muted}" font-size="11"`),
  ]
  for (const tick of x.ticks) {
    const position = coordinate(toX(tick))
    parts.push(
      `<line x1="${position}" y1="${top}" x2="${position}" y2="${bottom}" stroke="#eeeeee"/>`,
      `<line x1="${position}" y1="${bottom}" x2="${position}" y2="${bottom + 5}" stroke="${muted}"/>`,
      text(toX(tick), bottom + 18, formatTick(tick), 'text-anchor="middle"'),
    )
  }
  for (const tick of y.ticks) {
    const position = coordinate(toY(tick))
    parts.push(
      `<line x1="${left}" y1="${position}" x2="${right}" y2="${position}" stroke="#eeeeee"/>`,
      `<line x1="${left - 5}" y1="${position}" x2="${left}" y2="${position}" stroke="${muted}"/>`,
      text(left - 8, toY(tick) + 4, formatTick(tick), 'text-anchor="end"'),
    )
  }
  parts.push(
    `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" ` +
      `fill="none" stroke="${muted}"/>`,
    text(
      (left + right) / 2,
      bottom + 40,
      `Mean cost per 1k queries (USD${log ? ', log scale' : ''})`,
      'text-anchor="middle"',
    ),
    text(
      20,
      (top + bottom) / 2,
      'Mean performance',
      `text-anchor="middle" transform="rotate(-90 20 ${coordinate((top + bottom) / 2)})"`,
    ),
    polyline(data.zeroRouterHull, `stroke="#999999" stroke-width="1.5" stroke-dasharray="5 4"`),
  )
  data.routers.forEach((router, index) => {
    const color = palette[index % palette.length] ?? muted
    parts.push(polyline(router.hull, `stroke="${color}" stroke-width="2"`))
    for (const point of router.points) {
      parts.push(
        `<circle cx="${coordinate(toX(point.cost))}" cy="${coordinate(toY(point.performance))}" ` +
          `r="3" fill="${color}" fill-opacity="0.55"/>`,
      )
    }
  })
  for (const single of data.singleModels) {
    const [cx, cy] = [coordinate(toX(single.cost)), coordinate(toY(single.performance))]
    if (single.bestSingle) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="8" fill="none" stroke="#222222"/>`)
    }
    parts.push(
      `<circle cx="${cx}" cy="${cy}" r="4.5" fill="#222222"/>`,
      text(toX(single.cost) + 9, toY(single.performance) - 7, single.name, 'font-size="11"'),
    )
  }
  const [oracleX, oracleY] = [toX(data.oracle.cost), toY(data.oracle.performance)]
  const [randomX, randomY] = [toX(data.random.cost), toY(data.random.performance)]
  parts.push(
    `<path d="M${coordinate(oracleX)} ${coordinate(oracleY - 7)} l7 7 l-7 7 l-7 -7 z" fill="#000000"/>`,
    text(oracleX + 10, oracleY + 4, 'oracle', 'font-size="11"'),
    `<path d="M${coordinate(randomX - 5)} ${coordinate(randomY - 5)} l10 10 m0 -10 l-10 10" ` +
      `stroke="${muted}" stroke-width="2"/>`,
    text(randomX + 9, randomY + 4, 'random', `font-size="11" fill="${muted}"`),
  )
  const legend: string[] = [text(legendLeft, top + 4, 'Legend', 'font-weight="bold"')]
  data.routers.forEach((router, index) => {
    const color = palette[index % palette.length] ?? muted
    const row = top + 24 + index * 20
    legend.push(
      `<line x1="${legendLeft}" y1="${row - 4}" x2="${legendLeft + 22}" y2="${row - 4}" ` +
        `stroke="${color}" stroke-width="2"/>`,
      `<circle cx="${legendLeft + 11}" cy="${row - 4}" r="3" fill="${color}"/>`,
      text(legendLeft + 30, row, truncateText(router.name, 26)),
    )
  })
  const after = top + 24 + data.routers.length * 20
  legend.push(
    `<line x1="${legendLeft}" y1="${after - 4}" x2="${legendLeft + 22}" y2="${after - 4}" ` +
      'stroke="#999999" stroke-width="1.5" stroke-dasharray="5 4"/>',
    text(legendLeft + 30, after, 'zero router (mixing models)'),
    `<circle cx="${legendLeft + 11}" cy="${after + 16}" r="4.5" fill="#222222"/>`,
    text(legendLeft + 30, after + 20, 'single model (ringed: best)'),
  )
  parts.push(...legend, '</svg>')
  return parts.filter((part) => part !== '').join('\n') + '\n'
}
