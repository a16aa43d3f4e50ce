import {z} from 'zod'

import type {RouterDefinition} from '../router-definition.js'
import {
  baselineCapabilities,
  createFixedChoiceRouter,
  meanPerformanceByModel,
} from '../fixed/fixed-choice-router.js'
import {pickBySize} from '../fixed/size-ranking.js'

/** Always picks the smallest candidate: by parameter count, by list price when sizes are unknown. */
export const smallestLLMRouter: RouterDefinition = {
  id: 'smallest_llm',
  aliases: ['smallestllm', 'smallest'],
  description: 'Always picks the smallest candidate (parameters, else list price).',
  family: 'single-round',
  capabilities: baselineCapabilities,
  hparamSchema: z.strictObject({}),
  train({matrix}) {
    const {index, basis} = pickBySize(matrix.models, 'smallest')
    const state = {chosen: index, basis, modelMeans: meanPerformanceByModel(matrix)}
    return Promise.resolve({state, arrays: {}})
  },
  create(artifact) {
    const chosen = Number(artifact.manifest.state.chosen ?? 0)
    const basis = String(artifact.manifest.state.basis ?? 'parameters')
    const reason = `${artifact.manifest.candidates[chosen]} is the smallest candidate by ${basis}.`
    return createFixedChoiceRouter(smallestLLMRouter, artifact, () => ({index: chosen, reason}))
  },
}
