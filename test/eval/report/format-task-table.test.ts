import {describe, expect, test} from 'vitest'

import {evaluateRouters} from '../../../src/eval/evaluate-routers.js'
import {formatTaskTable} from '../../../src/eval/report/format-task-table.js'
import {buildTinyInput, threeModelSweep} from '../tiny-evaluation.js'

const report = evaluateRouters(buildTinyInput(threeModelSweep))

describe('formatTaskTable', () => {
  test('breaks the lowest-λ point down per task beside best single and oracle', () => {
    expect(formatTaskTable(report, 'knnrouter')).toMatchInlineSnapshot(`
      "Per-task results · knnrouter at λ=0 · tiny · 4 queries · 3 models · 1 router
      Cost: recorded by the fixture
      Intervals: no intervals (bootstrap off)

      Task                              Queries   Perf   $ / 1k q  Δ best  Best single  Oracle  Missing
      ─────────────────────────────────────────────────────────────────────────────────────────────────
      code                                    2  0.500      $4000  +0.500        0.000   0.500        0
      math                                    2  1.000      $1500  +0.000        1.000   1.000        0

      Best single = medium; Δ best = Perf − best single."
    `)
  })

  test('shows the point nearest the requested λ', () => {
    expect(formatTaskTable(report, 'knnrouter', {lambda: 8})).toContain('knnrouter at λ=10')
  })

  test('rejects a router the report does not hold', () => {
    expect(() => formatTaskTable(report, 'elorouter')).toThrow('Evaluated routers: knnrouter.')
  })
})
