export {closestKey, editDistance} from './closest-key.js'
export {formatConfigProblems, RouterConfigError} from './config-problem.js'
export type {ConfigProblem} from './config-problem.js'
export {createHparamSchemaTable, emptyHparamSchema} from './hparam-schemas.js'
export type {
  HparamSchema,
  HparamSchemaEntry,
  HparamSchemaSource,
  HparamSchemaTable,
  RegisterHparamSchemaOptions,
} from './hparam-schemas.js'
export {loadRouterConfig, parseRouterConfig} from './load-config.js'
export type {
  LoadedRouterConfig,
  LoadRouterConfigOptions,
  ParseRouterConfigOptions,
} from './load-config.js'
export type {ResolvedConfigPaths} from './resolve-config-paths.js'
export {
  costSchema,
  createRouterConfigSchema,
  dataPathKeys,
  dataPathSchema,
  embeddingSchema,
  metricSchema,
  modelPathKeys,
  modelPathSchema,
} from './router-config-schema.js'
export type {DataPathKey, ModelPathKey, RouterConfig, RouterStage} from './router-config-schema.js'
