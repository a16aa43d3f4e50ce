import type {RouterDefinition} from '../router-definition.js'
import {mfHparamSchema} from './mf-config.js'
import {createMFRouter, mfCapabilities} from './mf-router.js'
import {trainMFRouter} from './mf-trainer.js'

/** mfrouter's registry row. */
export const mfRouterDefinition: RouterDefinition = {
  id: 'mfrouter',
  aliases: ['mf', 'mf_router'],
  description: 'Scores each model against the query by bilinear matrix factorisation.',
  family: 'single-round',
  capabilities: mfCapabilities({decision: 'utility'}),
  originalRule: {decision: 'argmax'},
  hparamSchema: mfHparamSchema,
  train: trainMFRouter,
  create: createMFRouter,
}
