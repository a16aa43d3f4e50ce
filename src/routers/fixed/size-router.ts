import {z} from 'zod'

import type {RouterDefinition} from '../router-definition.js'
import {
  baselineCapabilities,
  createFixedChoiceRouter,
  meanPerformanceByModel,
} from './fixed-choice-router.js'
import {pickBySize} from './size-ranking.js'

const basisPhrases: Record<string, string> = {
  parameters: 'by parameter count',
  'known-parameters': 'by parameter count among the models whose size is known',
  price: 'by list price, since some sizes are unknown',
  none: 'by default: the data gives no sizes or prices',
}

/**
 * Builds the registry row of a baseline that always picks the smallest or the largest
 * candidate: by parameter count, by list price when any size is unknown.
 * @param direction - `smallest` or `largest`.
 * @returns The router's definition.
 */
export function createSizeRouterDefinition(direction: 'smallest' | 'largest'): RouterDefinition {
  const definition: RouterDefinition = {
    id: `${direction}_llm`,
    aliases: [`${direction}llm`, direction],
    description: `Always picks the ${direction} candidate (parameters, else list price).`,
    family: 'single-round',
    capabilities: baselineCapabilities,
    hparamSchema: z.strictObject({}),
    train({matrix}) {
      const {index, basis} = pickBySize(matrix.models, direction)
      const state = {chosen: index, basis, modelMeans: meanPerformanceByModel(matrix)}
      return Promise.resolve({state, arrays: {}})
    },
    create(artifact) {
      const {state, candidates} = artifact.manifest
      const chosen = typeof state.chosen === 'number' ? state.chosen : 0
      const reason = `${candidates[chosen]} is the ${direction} candidate ${basisPhrases[String(state.basis)] ?? ''}.`
      return createFixedChoiceRouter(definition, artifact, () => ({index: chosen, reason}))
    },
  }
  return definition
}
