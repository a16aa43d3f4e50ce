import type {RouterDefinition} from '../router-definition.js'
import {graphHparamSchema} from './graph-config.js'
import {createGraphRouter, graphCapabilities} from './graph-router.js'
import {trainGraphRouter} from './graph-trainer.js'

/** graphrouter's registry row. */
export const graphRouterDefinition: RouterDefinition = {
  id: 'graphrouter',
  aliases: ['graph', 'graph_router'],
  description: 'Predicts query–model edges with a graph network over tasks, queries and models.',
  family: 'single-round',
  capabilities: graphCapabilities({decision: 'utility'}),
  originalRule: {decision: 'argmax'},
  hparamSchema: graphHparamSchema,
  train: trainGraphRouter,
  create: createGraphRouter,
}
