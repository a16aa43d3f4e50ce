export {loadArtifact, saveArtifact} from './artifact/artifact-store.js'
export type {Artifact, ArtifactArray, ArtifactManifest} from './artifact/artifact-store.js'
export {builtInRouters, createRouterRegistry} from './registry.js'
export type {RouterRegistry} from './registry.js'
export type {
  RouterDefinition,
  RouterRuntime,
  RouterTrainingInput,
  RouterTrainingResult,
} from './router-definition.js'
export {addGraphModel} from './graph/graph-new-model.js'
export {decideFromScores, pickByUtility} from './scoring/pick-by-utility.js'
export {
  createScoringRouter,
  decideByTopScore,
  learnedRouterCapabilities,
  predictCostTable,
} from './scoring/scoring-router.js'
export type {ScoredBatch, ScoringRouterParts} from './scoring/scoring-router.js'
export type * from './spec/index.js'
