import type {RouterDefinition} from '../router-definition.js'
import {mlpHparamSchema} from './mlp-config.js'
import {createMLPRouter, mlpCapabilities} from './mlp-router.js'
import {trainMLPRouter} from './mlp-trainer.js'

/** mlprouter's registry row. */
export const mlpRouterDefinition: RouterDefinition = {
  id: 'mlprouter',
  aliases: ['mlp', 'mlp_router'],
  description: 'Predicts each model’s performance from the query embedding with an MLP.',
  family: 'single-round',
  capabilities: mlpCapabilities({objective: 'regress'}),
  originalRule: {objective: 'classify'},
  hparamSchema: mlpHparamSchema,
  train: trainMLPRouter,
  create: createMLPRouter,
}
