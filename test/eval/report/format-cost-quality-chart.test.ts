import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {formatCostQualityChart} from '../../../src/eval/report/format-cost-quality-chart.js'
import type {TinyEvaluation} from '../tiny-evaluation.js'
import {buildTinyInput, threeModelSweep, twoModelSweep} from '../tiny-evaluation.js'
import {nineModelEvaluation} from './nine-model-evaluation.js'

const report = evaluateRouters(buildTinyInput({...threeModelSweep, dataset: 'tiny-simulated'}))
const nineModels = evaluateRouters(buildTinyInput(nineModelEvaluation))
const singleMarks = ['1', '2', '3', '4', '5', '6', '7', '8', '9']
const routerMarks = ['*', '+', 'x', '#', '@']

/** The plot's rows: the lines that start with the y axis, its labels cut off. */
function plotRows(chart: string): string[] {
  return chart
    .split('\n')
    .filter((line) => /^ *[\d.]* [┤│]/.test(line))
    .map((line) => line.replace(/^ *[\d.]* [┤│]/, ''))
}

function yTickLabels(chart: string): string[] {
  return chart.split('\n').flatMap((line) => /^ *([\d.]+) ┤/.exec(line)?.[1] ?? [])
}

function withoutCosts(evaluation: TinyEvaluation): TinyEvaluation {
  return {
    ...evaluation,
    queries: evaluation.queries.map((query) => ({...query, cost: query.cost.map(() => 0)})),
  }
}

describe('formatCostQualityChart', () => {
  test('fills exactly the requested height and width', () => {
    const lines = formatCostQualityChart(report, {width: 72, height: 24, color: false}).split('\n')
    expect(lines).toHaveLength(24)
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(72)
  })

  test('draws each series with its own mark and names them in the legend', () => {
    const chart = formatCostQualityChart(report, {width: 90, height: 24, color: false})
    const plot = plotRows(chart).join('\n')
    for (const mark of ['*', '1', '2', '3', 'O', '?']) expect(plot).toContain(mark)
    expect(chart).toContain('* knnrouter')
    expect(chart).toContain('2 medium (best single)')
    expect(chart).toContain('Cost: recorded by the fixture')
    expect(chart).toContain('tiny-simulated [simulated]')
  })

  test('labels the axes with ticks and switches to a log cost axis past a 10× range', () => {
    const linear = formatCostQualityChart(report, {width: 80, height: 20, color: false})
    expect(linear).toMatch(/┬/)
    expect(linear).toMatch(/\d ┤/)
    expect(linear).not.toContain('log scale')
    // Costs 1 and 10 per query are exactly 10×, so the axis stays linear; at 20× it turns log.
    const tenfold = evaluateRouters(buildTinyInput(twoModelSweep))
    const [weak, strong] = tenfold.baselines.singleModels
    const twentyfold = {
      ...tenfold,
      baselines: {...tenfold.baselines, singleModels: [weak!, {...strong!, meanCost: 20}]},
    }
    const options = {width: 80, height: 20, color: false}
    expect(formatCostQualityChart(tenfold, options)).not.toContain('log scale')
    expect(formatCostQualityChart(twentyfold, options)).toContain('log scale')
  })

  test('paints marks only when colour is on', () => {
    expect(formatCostQualityChart(report, {width: 80, height: 20, color: false})).not.toContain(
      '\u001B[',
    )
    expect(formatCostQualityChart(report, {width: 80, height: 20, color: true})).toContain(
      '\u001B[',
    )
  })

  test('prints the same text with colour on, once the escapes are stripped', () => {
    const options = {width: 100, height: 18}
    const painted = formatCostQualityChart(nineModels, {...options, color: true})
    // eslint-disable-next-line no-control-regex -- matching ANSI escapes is the point here
    expect(painted.replace(/\u001B\[\d+m/g, '')).toBe(
      formatCostQualityChart(nineModels, {...options, color: false}),
    )
  })

  test('shows every single model and router of a nine-model, five-router report', () => {
    const chart = formatCostQualityChart(nineModels, {width: 100, height: 18, color: false})
    const plot = plotRows(chart).join('\n')
    for (const mark of [...singleMarks, ...routerMarks, 'O', '?']) expect(plot).toContain(mark)
  })

  test('zooms the y axis to the plotted performances with 3 to 5 round ticks', () => {
    const chart = formatCostQualityChart(nineModels, {width: 100, height: 18, color: false})
    const labels = yTickLabels(chart)
    expect(labels.length).toBeGreaterThanOrEqual(3)
    expect(labels.length).toBeLessThanOrEqual(5)
    expect(labels.filter((label) => label !== '0' && label !== '1').length).toBeGreaterThan(1)
    for (const label of labels)
      expect(Number(label) * 10).toBeCloseTo(Math.round(Number(label) * 10))
    // The worst plotted point, 0.15, sits near the bottom row instead of halfway down.
    expect(plotRows(chart).at(-2)).toContain('7')
  })

  test('keeps at least 12 plot rows when the legend eats the height budget', () => {
    const chart = formatCostQualityChart(nineModels, {width: 100, height: 18, color: false})
    expect(plotRows(chart).length).toBeGreaterThanOrEqual(12)
  })

  test('moves a router off the single model it sits on and names the pair in the legend', () => {
    // smallest_llm always picks codegemma-7b (1) and largest_llm llama3-chatqa-1.5-70b (6).
    const chart = formatCostQualityChart(nineModels, {width: 100, height: 18, color: false})
    const plot = plotRows(chart)
    expect(plot.find((row) => row.includes('1'))).toMatch(/x.?1|1.?x/)
    expect(plot.find((row) => row.includes('6'))).toMatch(/#.?6|6.?#/)
    expect(chart).toMatch(/Same cell, drawn side by side:.* x=1 .*#=6/)
  })

  test('draws router curves over the zero-router hull they run along', () => {
    // Given a router whose only points are the two single models, so its hull is theirs
    const alongHull: TinyEvaluation = {
      ...twoModelSweep,
      routers: {
        mfrouter: [
          {lambda: 0, picks: ['strong', 'strong', 'strong', 'strong']},
          {lambda: 1, picks: ['weak', 'weak', 'weak', 'weak']},
        ],
      },
    }
    // When
    const chart = formatCostQualityChart(evaluateRouters(buildTinyInput(alongHull)), {
      width: 80,
      height: 20,
      color: false,
    })
    // Then
    const plot = plotRows(chart).join('\n')
    expect(plot).toContain('·')
    expect(plot).not.toContain(':')
  })

  test('shows a performance-only strip with a note when every point costs nothing', () => {
    const free = evaluateRouters(buildTinyInput(withoutCosts(nineModelEvaluation)))
    const chart = formatCostQualityChart(free, {width: 100, height: 18, color: false})
    const lines = chart.split('\n')
    expect(lines[2]).toMatch(/^Every point costs \$0 per 1k queries, so only performance is/)
    expect(chart).not.toContain('┤')
    expect(chart).not.toContain('zero-router hull')
    const axis = lines.findIndex((line) => line.startsWith(' ─'))
    const strip = lines.slice(3, axis).join('\n')
    for (const mark of [...singleMarks, ...routerMarks, 'O', '?']) expect(strip).toContain(mark)
    const ticks = (lines[axis + 1] ?? '').trim().split(/ +/).map(Number)
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    for (const tick of ticks) expect(tick).toBeGreaterThanOrEqual(0)
  })

  test('prints the nine-model chart as it reads on a 100-column terminal', () => {
    expect(formatCostQualityChart(nineModels, {width: 100, height: 18, color: false}))
      .toMatchInlineSnapshot(`
      "Cost–quality · dcrouter-like
      Cost: recorded by the fixture
        1 ┤                                   O
          │
      0.8 ┤
          │
          │              *                                                             *
      0.6 ┤            ··*                                    :::::::::::::::::::::::::::::::4
          │          ··  ::::3+:::::::::::::::::::::::::::::::                               5
      0.4 ┤         2*:::    9                   @
          │                                       ?
          │                  8                                                               6#
      0.2 ┤                 x17
          │
          └┬────────────┬─────────────┬────────────┬─────────────┬────────────┬─────────────┬────────────┬
           0          0.05           0.1         0.15           0.2         0.25           0.3        0.35
           x: mean cost per 1k queries (USD) · y: mean performance
      * knnrouter   + knnrouter:label_mode=argmax   x smallest_llm   # largest_llm   @ randomrouter
      1 codegemma-7b   2 gemma-2-9b-it   3 llama-3.1-8b-instruct
      4 llama-3.1-nemotron-51b-instruct (best single)   5 llama-3.3-nemotron-super-49b-v1
      6 llama3-chatqa-1.5-70b   7 llama3-chatqa-1.5-8b   8 mistral-7b-instruct-v0.3
      9 qwen2.5-7b-instruct   O oracle   ? random   : zero-router hull   · router hull
      Same cell, drawn side by side: 7=1 *=2 +=3 x=1 #=6"
    `)
  })
})
