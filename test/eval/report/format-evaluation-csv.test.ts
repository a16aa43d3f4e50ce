import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {formatEvaluationCSV} from '../../../src/eval/report/format-evaluation-csv.js'
import {buildTinyInput, threeModelSweep} from '../tiny-evaluation.js'

describe('formatEvaluationCSV', () => {
  test('writes a header and one row per router point, baseline and single model', () => {
    const csv = formatEvaluationCSV(
      evaluateRouters(buildTinyInput({...threeModelSweep, labels: ['toy']})),
    )
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'dataset,labels,kind,series,lambda,model,mean_performance,performance_low,' +
        'performance_high,mean_cost,cost_low,cost_high,total_cost,entropy_bits,missing_picks,' +
        'on_pareto,on_hull,share:small,share:medium,share:large,cost_description',
    )
    expect(lines).toHaveLength(1 + 4 + 3 + 3)
    expect(lines[2]).toBe(
      'tiny,toy,router,knnrouter,1,,0.75,,,2,,,8,1.5,0,true,true,0.5,0.25,0.25,recorded by the fixture',
    )
    expect(lines.slice(5).map((line) => line.split(',').slice(2, 6).join(','))).toEqual([
      'oracle,oracle,,',
      'best-single,best single,,medium',
      'random,random,,',
      'single,small,,small',
      'single,medium,,medium',
      'single,large,,large',
    ])
    expect(csv.endsWith('\n')).toBe(true)
  })

  test('quotes fields holding commas, quotes or line breaks', () => {
    const input = buildTinyInput({
      ...threeModelSweep,
      models: ['small', 'medium, "v2"', 'large'],
      routers: {},
    })
    const csv = formatEvaluationCSV(evaluateRouters({...input, costDescription: 'list\nprice'}))
    expect(csv).toContain('"share:medium, ""v2"""')
    expect(csv).toContain('single,"medium, ""v2""",,"medium, ""v2"""')
    expect(csv).toContain('"list\nprice"')
  })
})
