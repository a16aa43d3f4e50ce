import {z} from 'zod'

import type {RouterDefinition} from '../router-definition.js'
import {
  baselineCapabilities,
  createFixedChoiceRouter,
  meanPerformanceByModel,
} from '../fixed/fixed-choice-router.js'

/** Always picks the candidate with the best mean performance on the training split. */
export const bestSingleRouter: RouterDefinition = {
  id: 'best_single',
  aliases: ['bestsingle', 'best_single_llm'],
  description: 'Always picks the model with the best training-set mean performance.',
  family: 'single-round',
  capabilities: baselineCapabilities,
  hparamSchema: z.strictObject({}),
  train({matrix}) {
    const modelMeans = meanPerformanceByModel(matrix)
    let chosen = 0
    modelMeans.forEach((mean, index) => {
      if (mean > (modelMeans[chosen] ?? -Infinity)) chosen = index
    })
    return Promise.resolve({state: {chosen, modelMeans}, arrays: {}})
  },
  create(artifact) {
    const chosen = Number(artifact.manifest.state.chosen ?? 0)
    const name = artifact.manifest.candidates[chosen] ?? ''
    const reason = `${name} has the best mean performance on the training split.`
    return createFixedChoiceRouter(bestSingleRouter, artifact, () => ({index: chosen, reason}))
  },
}
