import createDebug from 'debug'

import {UserError} from '../../errors/index.js'
import {deriveSeed} from '../../ml/index.js'
import {requireTrainingEmbeddings, stackEmbeddings} from '../embed-router-queries.js'
import {argmaxLabels} from '../knn/math/neighbour-estimates.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import type {NystroemMap} from './math/nystroem-map.js'
import {createNystroemMap, foldOntoLandmarks} from './math/nystroem-map.js'
import {classPairs} from './math/one-vs-one.js'
import {resolveGamma} from './math/rbf-kernel.js'
import type {FeatureMatrix} from './math/svm-problems.js'
import type {SVMHparam} from './svm-config.js'
import {svmHparamSchema} from './svm-config.js'
import type {FittedOutputs, ScoringData} from './svm-fit.js'
import {fitPairOutputs, fitScoringOutputs} from './svm-fit.js'
import {nystroemFeaturesInBatch} from './nystroem-batch.js'

const debug = createDebug('llmrouter:routers:svm')

/**
 * Trains svmrouter. With the RBF kernel the queries are first mapped to Nyström features over
 * `n_components` seeded landmarks (γ as scikit-learn's `gamma`), so linear SVMs, solved by dual
 * coordinate descent, stand in for kernel SVMs; with the linear kernel the embeddings are the
 * features. `decision: utility` fits one SVM per model plus its Platt scaling (`fitScoringOutputs`);
 * `decision: argmax` fits scikit-learn's one-vs-one SVCs over each query's best model. Either way
 * the weights are folded back onto the landmarks, so the artifact holds the landmarks, one
 * coefficient per landmark and output, and the intercepts.
 * @param input - Training split, embeddings, hyper-parameters and seed.
 * @returns The expansion (raw arrays), the calibration and training figures.
 */
export async function trainSVMRouter(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  const started = performance.now()
  const hparam = svmHparamSchema.parse(input.hparam)
  const {matrix} = input
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'svmrouter',
    input.embeddings,
    matrix.queries.length,
  )
  const modelCount = matrix.models.length
  const inputs = stackEmbeddings(embeddings, dimension)
  const gamma = resolveGamma(hparam.gamma, inputs, dimension)
  const map =
    hparam.kernel === 'rbf'
      ? createNystroemMap(inputs, dimension, {
          count: landmarkCount(hparam, matrix.queries.length),
          gamma,
          seed: deriveSeed(input.seed, 1),
        })
      : null
  const features: FeatureMatrix = map
    ? {features: await nystroemFeaturesInBatch(map, inputs), width: map.landmarks.count + 1}
    : withBiasColumn(inputs, dimension)
  const featureSeconds = (performance.now() - started) / 1000
  const data = {matrix: features, modelCount, hparam, seed: deriveSeed(input.seed, 2)}

  const {fitted, arrays, state} = fitOutputs(hparam, data, matrix.performance)
  const expansion = foldExpansion(map, fitted.weights, dimension)
  const seconds = (performance.now() - started) / 1000
  debug(
    'fitted %d outputs on %d features in %ss (features %ss, %d passes at most, %d unconverged)',
    fitted.weights.length,
    features.width,
    seconds.toFixed(1),
    featureSeconds.toFixed(1),
    fitted.iterations,
    fitted.unconverged,
  )
  return {
    state: {
      dimension,
      gamma,
      centreCount: map?.landmarks.count ?? 0,
      outputCount: fitted.weights.length,
      ...state,
    },
    arrays: {...expansion, ...arrays},
    metrics: {
      trainingQueries: matrix.queries.length,
      features: features.width,
      gamma,
      featureSeconds,
      maxIterations: fitted.iterations,
      unconvergedSolves: fitted.unconverged,
      seconds,
    },
  }
}

/**
 * Fits the outputs `decision` asks for: one SVM per model and its Platt scaling (`utility`),
 * or the one-vs-one SVCs over each query's best model (`argmax`).
 */
function fitOutputs(
  hparam: SVMHparam,
  data: Omit<ScoringData, 'performance'>,
  performance: Float32Array,
): {fitted: FittedOutputs; arrays: Record<string, Float32Array>; state: Record<string, unknown>} {
  if (!performance.some((value) => !Number.isNaN(value))) throw noOutcomes()
  if (hparam.decision === 'utility') {
    const fitted = fitScoringOutputs({...data, performance})
    const {scale, offset} = fitted.calibration
    return {fitted, arrays: {'calibration.scale': scale, 'calibration.offset': offset}, state: {}}
  }
  const labels = argmaxLabels(performance, data.modelCount)
  const classes = [...new Set(labels)].filter((label) => label >= 0).sort((a, b) => a - b)
  const pairs = classPairs(classes)
  return {fitted: fitPairOutputs(data, labels, pairs), arrays: {}, state: {classes, pairs}}
}

/** Most training queries `approximation: exact` takes: its landmark kernel is factored in
 * O(n³) and every route evaluates n kernel values. */
const exactLimit = 2048

function landmarkCount(hparam: SVMHparam, queryCount: number): number {
  if (hparam.approximation === 'nystroem') return hparam.n_components
  if (queryCount <= exactLimit) return queryCount
  throw new UserError(
    `approximation: exact takes at most ${exactLimit} training queries; this split has ${queryCount}.`,
    {
      code: 'CONFIG_INVALID',
      suggestions: ['Set hparam.approximation to nystroem (n_components sets its landmarks).'],
    },
  )
}

function withBiasColumn(inputs: Float32Array, dimension: number): FeatureMatrix {
  const rowCount = inputs.length / dimension
  const width = dimension + 1
  const features = new Float32Array(rowCount * width)
  for (let row = 0; row < rowCount; row++) {
    features.set(inputs.subarray(row * dimension, (row + 1) * dimension), row * width)
    features[row * width + dimension] = 1
  }
  return {features, width}
}

/**
 * Lays the weights out as the router reads them: coefficients row-major by term (landmark or
 * embedding value) then output, intercepts from the bias weights, and the landmarks.
 */
function foldExpansion(
  map: NystroemMap | null,
  weights: readonly Float64Array[],
  dimension: number,
): {coefficients: Float64Array; intercepts: Float64Array; centres?: Float32Array} {
  const outputCount = weights.length
  const termCount = map ? map.landmarks.count : dimension
  const coefficients = new Float64Array(termCount * outputCount)
  const intercepts = new Float64Array(outputCount)
  weights.forEach((outputWeights, output) => {
    const terms = map ? foldOntoLandmarks(map, outputWeights) : outputWeights
    for (let term = 0; term < termCount; term++) {
      coefficients[term * outputCount + output] = terms[term] ?? 0
    }
    intercepts[output] = outputWeights[termCount] ?? 0
  })
  return map
    ? {coefficients, intercepts, centres: map.landmarks.values}
    : {coefficients, intercepts}
}

function noOutcomes(): UserError {
  return new UserError('svmrouter found no training query with a recorded outcome.', {
    code: 'DATA_INVALID',
    suggestions: ['Check that the training split has performance values.'],
  })
}
