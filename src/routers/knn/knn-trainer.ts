import type {ArtifactArray} from '../artifact/artifact-store.js'
import {meanPerformanceByModel} from '../fixed/fixed-choice-router.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import {knnHparamSchema} from './knn-config.js'
import {buildHNSWBytes, chooseTrainingIndex} from '../training-index.js'
import {argmaxLabels} from './math/neighbour-estimates.js'

/**
 * Trains knnrouter: kNN learns nothing beyond its memory, so training stores the training
 * queries' embeddings, their outcomes, their best-model labels and each model's mean.
 * @param input - Training split, embeddings and hyper-parameters.
 * @returns Arrays for the artifact.
 */
export function trainKNNRouter(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  const hparam = knnHparamSchema.parse(input.hparam)
  const {matrix} = input
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'knnrouter',
    input.embeddings,
    matrix.queries.length,
  )
  const stacked = new Float32Array(embeddings.length * dimension)
  embeddings.forEach((vector, row) => stacked.set(vector, row * dimension))
  const modelCount = matrix.models.length
  const labels = argmaxLabels(matrix.performance, modelCount)
  const modelMeans = meanPerformanceByModel(matrix)
  const indexKind = chooseTrainingIndex(hparam.index, embeddings.length)
  const arrays: Record<string, ArtifactArray> = {
    embeddings: stacked,
    performance: matrix.performance,
    labels,
  }
  if (indexKind === 'usearch') arrays.hnsw = buildHNSWBytes(stacked, dimension)
  return Promise.resolve({
    state: {dimension, modelMeans, hparam, index: indexKind},
    arrays,
    metrics: {trainingQueries: matrix.queries.length},
  })
}
