export {loadRouterConfig} from './config/index.js'
export type {LoadedRouterConfig, RouterConfig} from './config/index.js'
export {fitCostModel, loadRoutingDataset, predictQueryCosts, resolveCosts} from './data/index.js'
export type {
  CostModelParameters,
  ModelCard,
  OutcomeMatrix,
  QueryRecord,
  RoutingDataset,
} from './data/index.js'
export {BugError, ExternalError, LLMRouterError, UserError} from './errors/index.js'
export type {LLMRouterErrorCode} from './errors/index.js'
export {evaluateRouters} from './eval/index.js'
export type {EvaluationInput, EvaluationReport} from './eval/index.js'
export {
  addGraphModel,
  builtInRouters,
  createRouterRegistry,
  createScoringRouter,
  decideByTopScore,
  decideFromScores,
  learnedRouterCapabilities,
  loadArtifact,
  pickByUtility,
  predictCostTable,
  saveArtifact,
} from './routers/index.js'
export type {
  CandidateScore,
  Decision,
  RouteContext,
  RouterDefinition,
  RouterQuery,
  RouterRegistry,
  RouterV1,
  ScoredBatch,
  ScoreTable,
  ScoringRouterParts,
} from './routers/index.js'
