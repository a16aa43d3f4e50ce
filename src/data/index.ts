export {
  defaultCharsPerToken,
  defaultOutputTokens,
  estimateTokens,
  fitCostModel,
  predictQueryCosts,
  promptText,
  resolveCosts,
} from './cost-model.js'
export type {
  CostModelOptions,
  CostModelParameters,
  ModelCostParameters,
  OutputTokensSource,
  RecordedCostFit,
  ResolveCostsOptions,
  ResolvedCosts,
} from './cost-model.js'
export {fingerprintMatrix} from './fingerprint.js'
export {detectDatasetLayout, loadRoutingDataset} from './load-dataset.js'
export type {DatasetLayout, LoadRoutingDatasetOptions} from './load-dataset.js'
export {matrixCell} from './matrix/matrix-cell.js'
export type {MatrixCell} from './matrix/matrix-cell.js'
export {parseModelSize} from './model-size.js'
export {
  readLLMCandidates,
  readLLMRouterFiles,
  readLLMRouterQueries,
  readLLMRouterRouting,
} from './readers/llmrouter-reader.js'
export type {LLMRouterFiles} from './readers/llmrouter-reader.js'
export {
  readSharedLayout,
  readSharedModelCards,
  readSharedSplit,
  sharedLayoutFiles,
} from './readers/shared-layout-reader.js'
export type {SharedLayoutContents} from './readers/shared-layout-reader.js'
export type {CostSource, ModelCard, OutcomeMatrix, QueryRecord, RoutingDataset} from './types.js'
export {writeFileAtomically} from './writers/atomic-write.js'
export {writeLLMRouterFiles} from './writers/llmrouter-writer.js'
export type {LLMRouterInput} from './writers/llmrouter-writer.js'
export {writeSharedLayout} from './writers/shared-layout-writer.js'
export type {SharedLayoutInput} from './writers/shared-layout-writer.js'
