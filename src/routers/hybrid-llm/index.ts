import type {RouterDefinition} from '../router-definition.js'
import {hybridLLMHparamSchema} from './hybrid-llm-config.js'
import {createHybridLLMRouter, hybridLLMCapabilities} from './hybrid-llm-router.js'
import {trainHybridLLMRouter} from './hybrid-llm-trainer.js'

/** hybrid_llm's registry row. */
export const hybridLLMRouterDefinition: RouterDefinition = {
  id: 'hybrid_llm',
  aliases: ['hybridllm', 'hybrid', 'hybrid_llm_router', 'hybridllmrouter'],
  description: 'Routes between a small and a large model by the predicted quality gap.',
  family: 'single-round',
  capabilities: hybridLLMCapabilities({decision: 'utility'}),
  originalRule: {decision: 'threshold'},
  hparamSchema: hybridLLMHparamSchema,
  train: trainHybridLLMRouter,
  create: createHybridLLMRouter,
}
