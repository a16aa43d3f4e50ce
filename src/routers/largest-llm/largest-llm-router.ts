import {z} from 'zod'

import type {RouterDefinition} from '../router-definition.js'
import {
  baselineCapabilities,
  createFixedChoiceRouter,
  meanPerformanceByModel,
} from '../fixed/fixed-choice-router.js'
import {pickBySize} from '../fixed/size-ranking.js'

/** Always picks the largest candidate: by parameter count, by list price when sizes are unknown. */
export const largestLLMRouter: RouterDefinition = {
  id: 'largest_llm',
  aliases: ['largestllm', 'largest'],
  description: 'Always picks the largest candidate (parameters, else list price).',
  family: 'single-round',
  capabilities: baselineCapabilities,
  hparamSchema: z.strictObject({}),
  train({matrix}) {
    const {index, basis} = pickBySize(matrix.models, 'largest')
    const state = {chosen: index, basis, modelMeans: meanPerformanceByModel(matrix)}
    return Promise.resolve({state, arrays: {}})
  },
  create(artifact) {
    const chosen = Number(artifact.manifest.state.chosen ?? 0)
    const basis = String(artifact.manifest.state.basis ?? 'parameters')
    const reason = `${artifact.manifest.candidates[chosen]} is the largest candidate by ${basis}.`
    return createFixedChoiceRouter(largestLLMRouter, artifact, () => ({index: chosen, reason}))
  },
}
