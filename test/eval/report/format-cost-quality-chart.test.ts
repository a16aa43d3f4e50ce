import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {formatCostQualityChart} from '../../../src/eval/report/format-cost-quality-chart.js'
import {buildTinyInput, threeModelSweep, twoModelSweep} from '../tiny-evaluation.js'

const report = evaluateRouters(buildTinyInput({...threeModelSweep, dataset: 'tiny-simulated'}))

describe('formatCostQualityChart', () => {
  test('fills exactly the requested height and width', () => {
    const lines = formatCostQualityChart(report, {width: 72, height: 24, color: false}).split('\n')
    expect(lines).toHaveLength(24)
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(72)
  })

  test('draws each series with its own mark and names them in the legend', () => {
    const chart = formatCostQualityChart(report, {width: 90, height: 24, color: false})
    const plot = chart.split('\n').slice(2, -4).join('\n')
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
})
