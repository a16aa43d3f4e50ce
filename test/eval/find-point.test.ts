import {describe, expect, test} from 'vitest'

import {LLMRouterError} from '../../src/errors/index.js'
import {evaluateRouters} from '../../src/eval/evaluate-routers.js'
import {findPoint, findPointIndex, findRouterEvaluation} from '../../src/eval/find-point.js'
import {buildTinyInput, threeModelSweep} from './tiny-evaluation.js'

const curve = [
  {lambda: 0, meanPerformance: 0.8, meanCost: 4},
  {lambda: 1, meanPerformance: 0.8, meanCost: 3},
  {lambda: 2, meanPerformance: 0.7, meanCost: 2},
  {lambda: 3, meanPerformance: 0.5, meanCost: 1},
]

describe('findPoint', () => {
  test('returns the cheapest point reaching a minimum performance', () => {
    expect(findPoint(curve, {minPerformance: 0.7})?.lambda).toBe(2)
    expect(findPoint(curve, {minPerformance: 0.75})?.lambda).toBe(1)
  })

  test('returns the best point within a cost bound, cheaper on ties', () => {
    expect(findPoint(curve, {maxCost: 3.5})?.lambda).toBe(1)
    expect(findPoint(curve, {maxCost: 1.5})?.lambda).toBe(3)
  })

  test('applies both bounds together and honours an explicit preference', () => {
    expect(findPoint(curve, {minPerformance: 0.6, maxCost: 3})?.lambda).toBe(2)
    expect(
      findPoint(curve, {minPerformance: 0.6, maxCost: 3, prefer: 'best-performance'})?.lambda,
    ).toBe(1)
  })

  test('returns null and -1 when no point qualifies', () => {
    expect(findPoint(curve, {minPerformance: 0.9})).toBeNull()
    expect(findPointIndex(curve, {minPerformance: 0.6, maxCost: 1})).toBe(-1)
  })

  test('finds the first point at least as good as best single under a cost cap, for gates', () => {
    const report = evaluateRouters(buildTinyInput(threeModelSweep))
    const router = findRouterEvaluation(report, 'KNNRouter')
    const point = findPoint(router.points, {
      minPerformance: report.baselines.bestSingle.meanPerformance,
      maxCost: report.baselines.bestSingle.meanCost,
    })
    expect(point?.lambda).toBe(1)
  })

  test('names the evaluated routers when a router is unknown', () => {
    const report = evaluateRouters(buildTinyInput(threeModelSweep))
    let caught: unknown
    try {
      findRouterEvaluation(report, 'svmrouter')
    } catch (error) {
      caught = error
    }
    expect(LLMRouterError.isInstance(caught) && caught.code).toBe('ROUTER_UNKNOWN')
    expect((caught as Error).message).toBe(
      'Router "svmrouter" isn\'t in this evaluation. Evaluated routers: knnrouter.',
    )
  })
})
