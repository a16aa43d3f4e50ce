import {describe, expect, test} from 'vitest'

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

/** Four training queries over three models and two tasks, one outcome missing. */
function trainingGraph(extra: {embedding: number[]; task: number; costs: number[]} | null) {
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
  const edges = queryModelMatrices(
    Float32Array.from(performance),
    Float64Array.from(costs),
    modelCount,
    3e-4,
    null,
  )
  const graph: TrainingGraph = {
    queryCount,
    modelCount,
    taskCount: 2,
    queryDimension: 3,
    nodeDimension: 2,
    queryFeatures: Float32Array.from(embeddings.flat()),
    modelFeatures: Float32Array.from([0.3, -0.2, 0.9, 0.4, -0.7, 0.1]),
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
