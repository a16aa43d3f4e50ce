import {z} from 'zod'

import {UserError} from '../../errors/index.js'
import type {RouterDefinition} from '../router-definition.js'
import {
  baselineCapabilities,
  createFixedChoiceRouter,
  meanPerformanceByModel,
} from '../fixed/fixed-choice-router.js'

/**
 * Looks up each query's recorded outcomes and picks the best model, the cheapest on ties. It
 * needs the answers, so it only serves evaluation, as the ceiling any router can reach.
 */
export const oracleRouter: RouterDefinition = {
  id: 'oracle',
  aliases: ['oracle_router'],
  description: 'Picks the best recorded outcome, cheapest on ties (evaluation only).',
  family: 'single-round',
  capabilities: baselineCapabilities,
  evaluationOnly: true,
  hparamSchema: z.strictObject({}),
  train({matrix}) {
    return Promise.resolve({state: {modelMeans: meanPerformanceByModel(matrix)}, arrays: {}})
  },
  create(artifact, runtime) {
    const outcomes = runtime.outcomes
    const rowById = new Map(outcomes?.queries.map((query, row) => [query.id, row]))
    const modelCount = artifact.manifest.candidates.length
    const prices = artifact.manifest.costModel.models.map(
      (model) => (model.inputPrice ?? 0) + (model.outputPrice ?? 0),
    )
    return createFixedChoiceRouter(oracleRouter, artifact, (query) => {
      const row = query.id === undefined ? undefined : rowById.get(query.id)
      if (!outcomes || row === undefined) {
        throw new UserError(`The oracle only routes queries with recorded outcomes.`, {
          code: 'USAGE',
          exitCode: 2,
          suggestions: ['Use it in `llmrouter eval`, where it routes the test split.'],
        })
      }
      let best = 0
      for (let model = 1; model < modelCount; model++) {
        const value = outcomes.performance[row * modelCount + model] ?? NaN
        const bestValue = outcomes.performance[row * modelCount + best] ?? NaN
        const cheaper = (prices[model] ?? 0) < (prices[best] ?? 0)
        if (value > bestValue || Number.isNaN(bestValue) || (value === bestValue && cheaper)) {
          best = model
        }
      }
      return {index: best, reason: 'It has the best recorded outcome for this query.'}
    })
  },
}
