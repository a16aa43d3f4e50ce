import type {RouterDefinition} from '../router-definition.js'
import {svmHparamSchema} from './svm-config.js'
import {createSVMRouter, svmCapabilities} from './svm-router.js'
import {trainSVMRouter} from './svm-trainer.js'

/** svmrouter's registry row. */
export const svmRouterDefinition: RouterDefinition = {
  id: 'svmrouter',
  aliases: ['svm', 'svm_router'],
  description:
    'Scores each model’s chance of doing well with an RBF-kernel support-vector machine.',
  family: 'single-round',
  capabilities: svmCapabilities({decision: 'utility'}),
  originalRule: {decision: 'argmax'},
  hparamSchema: svmHparamSchema,
  train: trainSVMRouter,
  create: createSVMRouter,
}
