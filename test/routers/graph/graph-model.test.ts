import {describe, expect, test} from 'vitest'

import {fitCostModel} from '../../../src/data/cost-model.js'
import type {EmbeddingProvider} from '../../../src/embeddings/types.js'
import type {Artifact} from '../../../src/routers/artifact/artifact-store.js'
import {addGraphModel} from '../../../src/routers/graph/graph-new-model.js'
import {modelCard, tinyMatrix} from '../../support/tiny-matrix.js'

import {initialiseTensorFlow} from '../../../src/ml/index.js'
import {readInductiveGraph} from '../../../src/routers/graph/graph-artifact.js'
import {exportInductiveArrays} from '../../../src/routers/graph/graph-export.js'
import {createGraphModel} from '../../../src/routers/graph/graph-model.js'
import type {TrainingGraph} from '../../../src/routers/graph/graph-tensors.js'
import {disposeGraphTensors, graphTensorsOf} from '../../../src/routers/graph/graph-tensors.js'
import {queryModelMatrices} from '../../../src/routers/graph/math/graph-matrices.js'
import {inductiveEdgeLogits} from '../../../src/routers/graph/math/inductive-scores.js'

const modelCount = 3
const hiddenDim = 5

interface NewQuery {
  readonly embedding: number[]
  readonly task: number
  readonly costs: number[]
}

/** The description embeddings of the three trained models and of one added later. */
const modelFeatures = [0.3, -0.2, 0.9, 0.4, -0.7, 0.1]
const addedModelFeatures = [-0.4, 0.6]

/**
 * Four training queries over three models and two tasks, one outcome missing; optionally a new
 * query (edges hidden) and a fourth model without outcomes.
 */
function trainingGraph(extra: NewQuery | null, withAddedModel = false) {
  const embeddings = [
    [0.2, -0.4, 0.9],
    [0.7, 0.1, -0.3],
    [-0.5, 0.8, 0.2],
    [0.1, 0.3, 0.6],
  ]
  const performance = [1, 0, 0.5, 0, 1, Number.NaN, 1, 1, 0, 0.25, 0, 1]
  const costs = [1e-4, 2e-4, 9e-4, 1e-4, 3e-4, 8e-4, 2e-4, 2e-4, 7e-4, 1e-4, 1e-4, 9e-4]
  const queryTask = [0, 1, 0, 1]
  if (extra) {
    embeddings.push(extra.embedding)
    performance.push(0, 0, 0)
    costs.push(...extra.costs)
    queryTask.push(extra.task)
  }
  const queryCount = embeddings.length
  const models = withAddedModel ? modelCount + 1 : modelCount
  const widen = (values: number[], filler: (query: number) => number): number[] =>
    withAddedModel
      ? Array.from({length: queryCount}, (_, query) => [
          ...values.slice(query * modelCount, (query + 1) * modelCount),
          filler(query),
        ]).flat()
      : values
  // The added model has no training outcome (NaN); the new query's edge to it is hidden (0).
  const edges = queryModelMatrices(
    Float32Array.from(widen(performance, (query) => (query < 4 ? Number.NaN : 0))),
    Float64Array.from(widen(costs, () => 5e-4)),
    models,
    3e-4,
    null,
  )
  const graph: TrainingGraph = {
    queryCount,
    modelCount: models,
    taskCount: 2,
    queryDimension: 3,
    nodeDimension: 2,
    queryFeatures: Float32Array.from(embeddings.flat()),
    modelFeatures: Float32Array.from(
      withAddedModel ? [...modelFeatures, ...addedModelFeatures] : modelFeatures,
    ),
    taskFeatures: Float32Array.from([0.5, 0.5, -0.6, 0.2]),
    queryTask: Int32Array.from(queryTask),
    edges,
  }
  return graph
}

describe('exportInductiveArrays', () => {
  test('scores a new query exactly as the full graph does with the query added, edges hidden', async () => {
    // Given
    const {tf} = await initialiseTensorFlow()
    const newQuery = {embedding: [0.4, -0.1, 0.5], task: 1, costs: [1e-4, 4e-4, 6e-4]}
    const model = createGraphModel(tf, {
      queryDimension: 3,
      nodeDimension: 2,
      hiddenDim,
      layers: 2,
      dropout: 0,
      outputBias: 0.1,
      seed: 5,
    })
    const training = graphTensorsOf(tf, trainingGraph(null))
    const extended = trainingGraph(newQuery)
    const withQuery = graphTensorsOf(tf, extended)

    // When
    const arrays = exportInductiveArrays(tf, model, training, 2)
    const graph = readInductiveGraph(arrays, {hiddenDim, layers: 2, modelCount, taskCount: 2})
    const costFeatures = extended.edges.cost.slice(4 * modelCount)
    const inductive = inductiveEdgeLogits(
      graph,
      Float32Array.from(newQuery.embedding),
      costFeatures,
      1,
    )
    const full = tf.tidy(() => {
      const visibleQueries = tf.tensor1d([1, 1, 1, 1, 0])
      const states = model.forward(withQuery, {visibleQueries, taskEdges: tf.ones([5])})
      return Array.from(states.edgeLogits.dataSync().slice(4 * modelCount))
    })

    // Then
    expect(inductive).toHaveLength(modelCount)
    Array.from(inductive).forEach((logit, index) => {
      expect(logit).toBeCloseTo(full[index] ?? Number.NaN, 4)
    })
    expect(new Set(full.map((logit) => logit.toFixed(4))).size).toBe(modelCount)
    model.dispose()
    disposeGraphTensors(tf, training)
    disposeGraphTensors(tf, withQuery)
  })
})

describe('addGraphModel', () => {
  test('scores a new query as the full graph does with a model node that has no outcomes', async () => {
    // Given
    const {tf} = await initialiseTensorFlow()
    const newQuery = {embedding: [0.4, -0.1, 0.5], task: 0, costs: [1e-4, 4e-4, 6e-4]}
    const model = createGraphModel(tf, {
      queryDimension: 3,
      nodeDimension: 2,
      hiddenDim,
      layers: 2,
      dropout: 0,
      outputBias: -0.2,
      seed: 9,
    })
    const training = graphTensorsOf(tf, trainingGraph(null))
    const extended = trainingGraph(newQuery, true)
    const withBoth = graphTensorsOf(tf, extended)
    const artifact = graphArtifact(exportInductiveArrays(tf, model, training, 2))
    const embedder: EmbeddingProvider = {
      id: 'fixed',
      dimension: 2,
      embed: () => Promise.resolve([Float32Array.from(addedModelFeatures)]),
    }

    // When
    const grown = await addGraphModel(artifact, modelCard('added', 1), embedder)
    const graph = readInductiveGraph(grown.arrays, {
      hiddenDim,
      layers: 2,
      modelCount: 4,
      taskCount: 2,
    })
    const costFeatures = extended.edges.cost.slice(4 * 4)
    const inductive = inductiveEdgeLogits(
      graph,
      Float32Array.from(newQuery.embedding),
      costFeatures,
      0,
    )
    const full = tf.tidy(() => {
      const visibleQueries = tf.tensor1d([1, 1, 1, 1, 0])
      const states = model.forward(withBoth, {visibleQueries, taskEdges: tf.ones([5])})
      return Array.from(states.edgeLogits.dataSync().slice(4 * 4))
    })

    // Then
    expect(grown.manifest.candidates).toEqual(['a', 'b', 'c', 'added'])
    expect(grown.manifest.costModel.models.map((entry) => entry.name)).toEqual([
      'a',
      'b',
      'c',
      'added',
    ])
    Array.from(inductive).forEach((logit, index) => {
      expect(logit).toBeCloseTo(full[index] ?? Number.NaN, 4)
    })
    await expect(addGraphModel(grown, modelCard('a', 1), embedder)).rejects.toThrow(
      '"a" is already a candidate of this graphrouter artifact.',
    )
    model.dispose()
    disposeGraphTensors(tf, training)
    disposeGraphTensors(tf, withBoth)
  })
})

/** A minimal artifact around exported arrays, as training would write it. */
function graphArtifact(arrays: Record<string, Float32Array>): Artifact {
  const costModel = fitCostModel(
    tinyMatrix(
      ['a', 'b', 'c'].map((name) => modelCard(name, 1)),
      [{text: 'q', performance: [1, 0, 1]}],
    ),
  )
  return {
    manifest: {
      format: 'llmrouter-artifact/1',
      router: 'graphrouter',
      specificationVersion: 'v1',
      createdAt: '2026-01-01T00:00:00.000Z',
      candidates: ['a', 'b', 'c'],
      embedding: {id: 'fixed', dimension: 3},
      dataFingerprint: 'test',
      hparam: {hidden_dim: hiddenDim, num_layers: 2},
      costModel,
      state: {tasks: ['x', 'y'], costScale: 3e-4},
      trainingMetrics: {},
      arrays: {},
    },
    arrays,
  }
}
