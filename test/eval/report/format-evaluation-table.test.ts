import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {formatEvaluationTable} from '../../../src/eval/report/format-evaluation-table.js'
import {buildTinyInput, threeModelSweep, twoModelSweep} from '../tiny-evaluation.js'

const report = evaluateRouters(
  buildTinyInput({...threeModelSweep, dataset: 'tiny-simulated', bootstrapSamples: 100, seed: 3}),
)

describe('formatEvaluationTable', () => {
  test('prints routers at their key points, baselines and curve figures in 100 columns', () => {
    const table = formatEvaluationTable(report, {color: false, width: 100})
    expect(table).toMatchInlineSnapshot(`
      "Replay evaluation · tiny-simulated [simulated] · 4 queries · 3 models · 1 router
      Cost: recorded by the fixture
      Intervals: 95% bootstrap intervals, 100 resamples, seed 3

      Series                    Point                Perf  95% CI        $ / 1k q  Δ perf   Saved  Missing
      ────────────────────────────────────────────────────────────────────────────────────────────────────
      knnrouter                 λ=0                 0.750  0.250–1.000      $2750  +0.250    -38%        0
                                λ=1 top ≥best       0.750  0.250–1.000      $2000  +0.250    0.0%        0
      oracle                    per-query best      0.750  0.250–1.000      $2000  +0.250    0.0%        0
      best single               medium              0.500  0.000–1.000      $2000  +0.000    0.0%        0
      random                    uniform, expected   0.500  0.083–0.833      $2333  +0.000    -17%        0

      Curve                       AIQ  Gain at equal cost  Saved at equal quality
      ───────────────────────────────────────────────────────────────────────────
      knnrouter                 0.667              +0.250                     25%
      zero router               0.542              +0.000                    0.0%

      Δ perf and Saved compare each row with the best single model, medium (0.500 at $2000 per 1k
      queries). top = the router's best performance; ≥best = its cheapest point at least as good as the
      best single model. Missing = picks of cells without an outcome, scored 0.
      Curves: AIQ averages performance over the single models’ cost range on the hull of the router's
      points and the single models; gain and saved are read off the router's own hull at the best single
      model’s cost and performance. Zero router = mixing single models without routing. Definitions:
      report.definitions in --json."
    `)
  })

  test('keeps every line within the width and paints only when asked', () => {
    const plain = formatEvaluationTable(report, {color: false, width: 100})
    expect(Math.max(...plain.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100)
    expect(plain).not.toContain('\u001B[')
    expect(formatEvaluationTable(report, {color: true, width: 100})).toContain('\u001B[36m')
  })

  test('adds APGR and CPT columns on two-model data and drops the CI column without bootstrap', () => {
    const table = formatEvaluationTable(evaluateRouters(buildTinyInput(twoModelSweep)), {
      color: false,
      width: 100,
    })
    expect(table).toContain('APGR  CPT 50%  CPT 80%')
    expect(table).toMatch(/mfrouter\s+0\.625\s+\+0\.000\s+45%\s+0\.750\s+25%\s+40%/)
    expect(table).not.toContain('95% CI')
  })
})
