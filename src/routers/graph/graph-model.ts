import type {Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {BugError} from '../../errors/index.js'
import {createParameter, deriveSeed} from '../../ml/index.js'
import {leakySlope} from './math/inductive-scores.js'

/**
 * The training graph as tensors; built once, shared by every step. The query–model edges are
 * dense `[queries, models]` matrices (see `QueryModelMatrices`), the task edges a one-hot matrix.
 */
export interface GraphTensors {
  /** Query embeddings, `[queries, queryDimension]`. */
  readonly queryFeatures: Tensor
  /** Model-description embeddings, `[models, nodeDimension]`. */
  readonly modelFeatures: Tensor
  /** Task-name embeddings, `[tasks, nodeDimension]`. */
  readonly taskFeatures: Tensor
  /** 1 at each query's task, `[queries, tasks]`. */
  readonly queryTask: Tensor
  /** 1 where a query–model edge exists, `[queries, models]`. */
  readonly exists: Tensor
  /** Recorded performance, 0 where there's no edge. */
  readonly performance: Tensor
  /** The cost feature of every cell. */
  readonly cost: Tensor
  /** Edges per query, `[queries, 1]`. */
  readonly queryDegree: Tensor
}

/** Which part of the graph one forward pass may see. */
export interface GraphView {
  /** 1 where a query's outcomes take part in message passing, 0 where they're hidden. */
  readonly visibleQueries: Tensor
  /** 1 where a query keeps its task edge, 0 where the edge is dropped. */
  readonly taskEdges: Tensor
}

/** What a forward pass computes. */
export interface GraphStates {
  /** Model node states after layers 0 (the projected features) to L. */
  readonly modelStates: readonly Tensor[]
  /** Task node states after layers 0 to L − 1 (the last layer's are never read). */
  readonly taskStates: readonly Tensor[]
  /** One logit per query–model cell, `[queries, models]`. */
  readonly edgeLogits: Tensor
}

/** The trainable graph network behind graphrouter, in TensorFlow.js. */
export interface GraphModel {
  /** The variables by artifact name (`query.input`, `layer1.modelToQuery`, `decoder.query`…). */
  readonly parameters: Readonly<Record<string, Variable>>
  /**
   * Runs message passing over the graph and decodes every edge.
   * @param graph - The graph.
   * @param view - Which outcomes and task edges are visible.
   * @param dropoutSeed - Seed of this step's dropout; without it, no dropout (inference).
   * @returns Node states per layer and edge logits.
   */
  readonly forward: (graph: GraphTensors, view: GraphView, dropoutSeed?: number) => GraphStates
  readonly dispose: () => void
}

/** Options of `createGraphModel`. */
export interface CreateGraphModelOptions {
  readonly queryDimension: number
  readonly nodeDimension: number
  readonly hiddenDim: number
  readonly layers: number
  readonly dropout: number
  /** Starting logit of every edge, e.g. that of the mean target. */
  readonly outputBias: number
  readonly seed: number
}

/**
 * Creates the network with seeded Glorot-uniform weights and zero biases. In each layer a node
 * keeps its own state and hears the mean message of its neighbours, where an edge's message is
 * the neighbour's state through one matrix per edge feature, weighted by that feature (an
 * edge-conditioned convolution): model nodes hear their visible queries (base, performance,
 * cost); query nodes hear every model they connect to (base, cost, and, on visible edges,
 * visible and performance) and their task; task nodes hear their visible queries. An edge's
 * logit is bilinear in its query's and model's final states.
 * @param tf - TensorFlow.js, initialised for training.
 * @param options - Sizes, dropout and seed.
 * @returns The model; the caller disposes it.
 */
export function createGraphModel(tf: TensorFlow, options: CreateGraphModelOptions): GraphModel {
  const parameters = createGraphParameters(tf, options)
  const weight = (name: string): Variable => {
    const variable = parameters[name]
    if (!variable) throw new BugError(`graphrouter has no parameter "${name}".`)
    return variable
  }
  const {layers} = options
  const activate = (value: Tensor): Tensor => tf.leakyRelu(value, leakySlope)
  const linear = (input: Tensor, name: string): Tensor => tf.matMul(input, weight(name))
  const column = (value: Tensor): Tensor => tf.expandDims(value, 1)
  // Σ over a node's neighbours: `edges` is [from-side rows, to-side rows] or its transpose.
  const gather = (edges: Tensor, states: Tensor, transpose = false): Tensor =>
    tf.matMul(edges, states, transpose, false)

  const forward = (graph: GraphTensors, view: GraphView, dropoutSeed?: number): GraphStates => {
    let queries = tf.add(linear(graph.queryFeatures, 'query.input'), weight('query.inputBias'))
    let models = tf.add(linear(graph.modelFeatures, 'model.input'), weight('model.inputBias'))
    let tasks = tf.add(linear(graph.taskFeatures, 'task.input'), weight('task.inputBias'))
    const visibleRows = column(view.visibleQueries)
    const visible = tf.mul(graph.exists, visibleRows)
    const visiblePerformance = tf.mul(visible, graph.performance)
    const visibleCost = tf.mul(visible, graph.cost)
    const existingCost = tf.mul(graph.exists, graph.cost)
    const modelDegree = column(tf.maximum(tf.sum(visible, 0), 1))
    const taskEdges = tf.mul(graph.queryTask, column(view.taskEdges))
    const taskMembers = tf.mul(graph.queryTask, visibleRows)
    const taskDegree = column(tf.maximum(tf.sum(taskMembers, 0), 1))
    const modelStates: Tensor[] = [models]
    const taskStates: Tensor[] = [tasks]
    for (let layer = 1; layer <= layers; layer++) {
      const name = (part: string): string => `layer${layer}.${part}`
      const modelInbox = tf.div(
        addAll(tf, [
          gather(visible, linear(queries, name('queryToModel')), true),
          gather(visiblePerformance, linear(queries, name('queryToModelPerformance')), true),
          gather(visibleCost, linear(queries, name('queryToModelCost')), true),
        ]),
        modelDegree,
      )
      const nextModels = activate(
        addAll(tf, [linear(models, name('modelSelf')), modelInbox, weight(name('modelBias'))]),
      )
      const queryInbox = tf.div(
        addAll(tf, [
          gather(graph.exists, linear(models, name('modelToQuery'))),
          gather(existingCost, linear(models, name('modelToQueryCost'))),
          gather(visible, linear(models, name('modelToQueryVisible'))),
          gather(visiblePerformance, linear(models, name('modelToQueryPerformance'))),
        ]),
        graph.queryDegree,
      )
      const fromTask = gather(taskEdges, linear(tasks, name('taskToQuery')))
      let nextQueries = activate(
        addAll(tf, [
          linear(queries, name('querySelf')),
          queryInbox,
          fromTask,
          weight(name('queryBias')),
        ]),
      )
      if (dropoutSeed !== undefined && options.dropout > 0) {
        const seed = deriveSeed(dropoutSeed, layer)
        nextQueries = tf.dropout(nextQueries, options.dropout, undefined, seed)
      }
      if (layer < layers) {
        const taskInbox = tf.div(
          gather(taskMembers, linear(queries, name('queryToTask')), true),
          taskDegree,
        )
        tasks = activate(
          addAll(tf, [linear(tasks, name('taskSelf')), taskInbox, weight(name('taskBias'))]),
        )
        taskStates.push(tasks)
      }
      queries = nextQueries
      models = nextModels
      modelStates.push(models)
    }
    const interaction = tf.matMul(linear(queries, 'decoder.query'), models, false, true)
    const modelTerm = tf.reshape(linear(models, 'decoder.model'), [1, -1])
    const queryTerm = linear(queries, 'decoder.queryWeight')
    const edgeLogits = addAll(tf, [interaction, modelTerm, queryTerm, weight('decoder.outputBias')])
    return {modelStates, taskStates, edgeLogits}
  }

  return {parameters, forward, dispose: () => tf.dispose(Object.values(parameters))}
}

/** Adds tensors with broadcasting, which `tf.addN` doesn't do. */
function addAll(tf: TensorFlow, tensors: readonly Tensor[]): Tensor {
  return tensors.reduce((total, tensor) => tf.add(total, tensor))
}

/**
 * The variables of the network, by name.
 * @param tf - TensorFlow.js.
 * @param options - Sizes and seed.
 * @returns Seeded variables.
 */
function createGraphParameters(
  tf: TensorFlow,
  options: CreateGraphModelOptions,
): Record<string, Variable> {
  const {hiddenDim: hidden, layers} = options
  const square = [hidden, hidden]
  const shapes: [string, number[]][] = [
    ['query.input', [options.queryDimension, hidden]],
    ['model.input', [options.nodeDimension, hidden]],
    ['task.input', [options.nodeDimension, hidden]],
  ]
  const biases: [string, number[], number][] = [
    ['query.inputBias', [hidden], 0],
    ['model.inputBias', [hidden], 0],
    ['task.inputBias', [hidden], 0],
  ]
  for (let layer = 1; layer <= layers; layer++) {
    const name = (part: string): string => `layer${layer}.${part}`
    for (const part of [
      'modelSelf',
      'queryToModel',
      'queryToModelPerformance',
      'queryToModelCost',
      'querySelf',
      'modelToQuery',
      'modelToQueryCost',
      'modelToQueryVisible',
      'modelToQueryPerformance',
      'taskToQuery',
      ...(layer < layers ? ['taskSelf', 'queryToTask'] : []),
    ]) {
      shapes.push([name(part), square])
    }
    biases.push([name('modelBias'), [hidden], 0], [name('queryBias'), [hidden], 0])
    if (layer < layers) biases.push([name('taskBias'), [hidden], 0])
  }
  shapes.push(
    ['decoder.query', square],
    ['decoder.model', [hidden, 1]],
    ['decoder.queryWeight', [hidden, 1]],
  )
  biases.push(['decoder.outputBias', [1], options.outputBias])
  const parameters: Record<string, Variable> = {}
  shapes.forEach(([name, shape], index) => {
    parameters[name] = createParameter(tf, {
      shape,
      initialiser: {kind: 'glorot-uniform'},
      seed: deriveSeed(options.seed, index),
    })
  })
  for (const [name, shape, value] of biases) {
    parameters[name] = createParameter(tf, {shape, initialiser: {kind: 'constant', value}, seed: 0})
  }
  return parameters
}
