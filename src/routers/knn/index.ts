import type {RouterDefinition} from '../router-definition.js'
import {knnHparamSchema} from './knn-config.js'
import {createKNNRouter, knnCapabilities} from './knn-router.js'
import {trainKNNRouter} from './knn-trainer.js'

/** knnrouter's registry row. */
export const knnRouterDefinition: RouterDefinition = {
  id: 'knnrouter',
  aliases: ['knn', 'knn_router'],
  description: 'Predicts each model from the k most similar training queries (kNN).',
  family: 'single-round',
  capabilities: knnCapabilities({label_mode: 'score'}),
  originalRule: {label_mode: 'argmax'},
  hparamSchema: knnHparamSchema,
  train: trainKNNRouter,
  create: createKNNRouter,
}
