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
export {decideFromScores, pickByUtility} from './scoring/pick-by-utility.js'
export type * from './spec/index.js'
