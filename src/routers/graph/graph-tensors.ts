import type {Tensor} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {createSeededRandom} from '../../ml/index.js'
import type {GraphTensors, GraphView} from './graph-model.js'
import type {QueryModelMatrices} from './math/graph-matrices.js'

/** The training graph in plain arrays, before it becomes tensors. */
export interface TrainingGraph {
  readonly queryCount: number
  readonly modelCount: number
  readonly taskCount: number
  readonly queryDimension: number
  readonly nodeDimension: number
  /** Query embeddings stacked, `queryCount × queryDimension`. */
  readonly queryFeatures: Float32Array
  readonly modelFeatures: Float32Array
  readonly taskFeatures: Float32Array
  readonly queryTask: Int32Array
  readonly edges: QueryModelMatrices
}

/**
 * Copies the training graph into tensors.
 * @param tf - TensorFlow.js.
 * @param graph - The graph.
 * @returns The tensors; the caller disposes them.
 */
export function graphTensorsOf(tf: TensorFlow, graph: TrainingGraph): GraphTensors {
  const {edges, queryCount, modelCount, taskCount} = graph
  const oneHot = new Float32Array(queryCount * taskCount)
  graph.queryTask.forEach((task, query) => {
    if (task >= 0) oneHot[query * taskCount + task] = 1
  })
  const cells: [number, number] = [queryCount, modelCount]
  return {
    queryFeatures: tf.tensor2d(graph.queryFeatures, [queryCount, graph.queryDimension]),
    modelFeatures: tf.tensor2d(graph.modelFeatures, [modelCount, graph.nodeDimension]),
    taskFeatures: tf.tensor2d(graph.taskFeatures, [taskCount, graph.nodeDimension]),
    queryTask: tf.tensor2d(oneHot, [queryCount, taskCount]),
    exists: tf.tensor2d(edges.exists, cells),
    performance: tf.tensor2d(edges.performance, cells),
    cost: tf.tensor2d(edges.cost, cells),
    queryDegree: tf.tensor2d(edges.queryDegree, [queryCount, 1]),
  }
}

/**
 * Frees the tensors of `graphTensorsOf`.
 * @param tf - TensorFlow.js.
 * @param tensors - The graph's tensors.
 */
export function disposeGraphTensors(tf: TensorFlow, tensors: GraphTensors): void {
  tf.dispose(Object.values(tensors as unknown as Record<string, Tensor>))
}

/** One masked view of the graph: what message passing sees and which edges the loss scores. */
export interface MaskedView {
  readonly view: GraphView
  /** 1 on each query whose edges count in the loss, `[queries, 1]`. */
  readonly scored: Tensor
}

/** Options of `maskedView`. */
export interface MaskedViewOptions {
  readonly queryCount: number
  /** Queries whose outcomes message passing may see. */
  readonly visible: Int32Array
  /** Queries hidden from message passing whose edges the loss scores. */
  readonly hidden: Int32Array
  /** Share of hidden queries that lose their task edge. */
  readonly taskEdgeDropout: number
  /** Seed of the task-edge dropout. */
  readonly seed: number
}

/**
 * Builds the view of one mask: visible queries show their outcomes; hidden queries are new
 * queries, scored by the loss, some of them without their task edge.
 * @param tf - TensorFlow.js.
 * @param options - Which queries play which part.
 * @returns Tensors the caller frees (training builds them inside `tf.tidy`).
 */
export function maskedView(tf: TensorFlow, options: MaskedViewOptions): MaskedView {
  const visible = new Float32Array(options.queryCount)
  for (const query of options.visible) visible[query] = 1
  const scored = new Float32Array(options.queryCount)
  const taskEdges = new Float32Array(options.queryCount).fill(1)
  const random = createSeededRandom(options.seed)
  for (const query of options.hidden) {
    visible[query] = 0
    scored[query] = 1
    if (options.taskEdgeDropout > 0 && random.nextUniform() < options.taskEdgeDropout) {
      taskEdges[query] = 0
    }
  }
  return {
    view: {visibleQueries: tf.tensor1d(visible), taskEdges: tf.tensor1d(taskEdges)},
    scored: tf.tensor2d(scored, [options.queryCount, 1]),
  }
}

/**
 * Mean binary cross-entropy between σ(logit) and the target over the edges of scored queries.
 * @param tf - TensorFlow.js.
 * @param logits - One logit per cell, `[queries, models]`.
 * @param targets - One target in [0, 1] per cell.
 * @param edgeWeights - 1 on scored edges, 0 elsewhere (and where there's no edge).
 * @returns A scalar.
 */
export function maskedEdgeLoss(
  tf: TensorFlow,
  logits: Tensor,
  targets: Tensor,
  edgeWeights: Tensor,
): Tensor {
  // BCE with logits, max(z, 0) − z·y + log(1 + e^(−|z|)), stable for any z.
  const perEdge = tf.add(
    tf.sub(tf.relu(logits), tf.mul(logits, targets)),
    tf.log1p(tf.exp(tf.neg(tf.abs(logits)))),
  )
  return tf.div(tf.sum(tf.mul(perEdge, edgeWeights)), tf.maximum(tf.sum(edgeWeights), 1))
}
