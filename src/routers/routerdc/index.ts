import type {RouterDefinition} from '../router-definition.js'
import {routerDCHparamSchema} from './routerdc-config.js'
import {createRouterDC, routerDCCapabilities} from './routerdc-router.js'
import {trainRouterDC} from './routerdc-trainer.js'

/** routerdc's registry row. */
export const routerDCDefinition: RouterDefinition = {
  id: 'routerdc',
  aliases: ['router_dc', 'dcrouter', 'dc_router'],
  description: 'Scores each model by contrastive similarity to the projected query (RouterDC).',
  family: 'single-round',
  capabilities: routerDCCapabilities({decision: 'utility'}),
  originalRule: {decision: 'argmax'},
  hparamSchema: routerDCHparamSchema,
  train: trainRouterDC,
  create: createRouterDC,
}
