import type {Tensor} from '@tensorflow/tfjs-core'
import createDebug from 'debug'

import {predictQueryCosts} from '../../data/cost-model.js'
import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {UserError} from '../../errors/index.js'
import {deriveSeed, initialiseTensorFlow, trainModel} from '../../ml/index.js'
import type {ExampleBatches} from '../../ml/index.js'
import {outputWarning} from '../../output.js'
import {requireTrainingEmbeddings} from '../embed-router-queries.js'
import {argmaxLabels} from '../knn/math/neighbour-estimates.js'
import {splitForValidation} from '../mlp/math/training-examples.js'
import type {RouterTrainingInput, RouterTrainingResult} from '../router-definition.js'
import type {GraphHparam} from './graph-config.js'
import {graphHparamSchema} from './graph-config.js'
import {exportInductiveArrays} from './graph-export.js'
import type {GraphModel, GraphTensors} from './graph-model.js'
import {createGraphModel} from './graph-model.js'
import {embedNodeTexts} from './graph-nodes.js'
import type {TrainingGraph} from './graph-tensors.js'
import {disposeGraphTensors, graphTensorsOf, maskedEdgeLoss, maskedView} from './graph-tensors.js'
import {costScaleOf, meanPerformanceOfTopEdge, queryModelMatrices} from './math/graph-matrices.js'

const debug = createDebug('llmrouter:routers:graph')

/** One training step's masks: each group of training queries is hidden in turn. */
interface MaskBatch {
  readonly groups: readonly Int32Array[]
}

/**
 * Trains graphrouter by masked edge prediction on the heterogeneous graph of task, query and
 * model nodes. Model nodes start from embeddings of their llms.json descriptions and task nodes
 * from embeddings of their names, both with the query embedder. Each step hides a share of the
 * training queries (`train_mask_rate`): their outcomes leave message passing, and the network
 * learns to predict their edges, just as a new query joins the graph at route time. A seeded
 * validation split of the training queries, always hidden, picks the best epoch (cross-entropy
 * with `decision: utility`; Python's mean performance of the top edge with `argmax`). At the
 * end the validation queries join the graph and the states a new query doesn't change are
 * precomputed into the artifact.
 * Limitation: every step passes messages over the whole training graph as dense
 * `queries × models` matrices, which is fast for the shared datasets (5.5k × 9, 945 × 30) but
 * grows with their product; past about a million cells, sample sub-graphs per step instead.
 * @param input - Training split, embeddings, embedder, hyper-parameters and seed.
 * @returns The folded network (raw arrays), the task list and the training history.
 */
export async function trainGraphRouter(input: RouterTrainingInput): Promise<RouterTrainingResult> {
  const hparam = graphHparamSchema.parse(input.hparam)
  const {graph, tasks, costScale, builtDescriptions} = await buildTrainingGraph(input, hparam)
  const split = splitForValidation(
    graph.queryCount,
    hparam.val_split_ratio,
    deriveSeed(input.seed, 2),
  )
  const {tf} = await initialiseTensorFlow()
  const tensors = graphTensorsOf(tf, graph)
  const targets = tf.tensor2d(graph.edges.target, [graph.queryCount, graph.modelCount])
  let created: GraphModel | undefined
  try {
    const model = createGraphModel(tf, {
      queryDimension: graph.queryDimension,
      nodeDimension: graph.nodeDimension,
      hiddenDim: hparam.hidden_dim,
      layers: hparam.num_layers,
      dropout: hparam.dropout,
      outputBias: meanLogit(graph.edges.target),
      seed: deriveSeed(input.seed, 1),
    })
    created = model
    const stepLoss = (group: Int32Array, seed: number) => {
      const {view, scored} = maskedView(tf, {
        queryCount: graph.queryCount,
        visible: split.training,
        hidden: group,
        taskEdgeDropout: hparam.task_edge_dropout,
        seed,
      })
      const logits = model.forward(tensors, view, seed).edgeLogits
      return maskedEdgeLoss(tf, logits, targets, tf.mul(scored, tensors.exists))
    }
    const history = await trainModel<MaskBatch>({
      parameters: model.parameters,
      loss: (batch, context) =>
        tf.div(
          tf.addN(
            batch.groups.map((group, index) => stepLoss(group, deriveSeed(context.seed, index))),
          ),
          batch.groups.length,
        ),
      batches: maskBatches(split.training, hparam),
      epochs: hparam.train_epoch,
      optimizer: {
        kind: 'adamw',
        learningRate: hparam.learning_rate,
        weightDecay: hparam.weight_decay,
      },
      seed: deriveSeed(input.seed, 3),
      onEpochEnd: (record) =>
        debug(
          'epoch %d: loss %s, validation %s (%ss)',
          record.epoch,
          record.trainingLoss.toFixed(4),
          record.validation?.toFixed(4),
          record.seconds.toFixed(2),
        ),
      ...(split.validation.length > 0
        ? {
            validation: () => validate(tf, model, tensors, targets, graph, split, hparam),
            validationDirection:
              hparam.decision === 'argmax' ? ('higher-is-better' as const) : undefined,
            patience: hparam.patience,
          }
        : {}),
    })
    debug(
      'trained for %d epochs (best %s, validation %s) in %ss',
      history.epochs.length,
      history.bestEpoch,
      history.bestValidation?.toFixed(4),
      history.seconds.toFixed(1),
    )
    const arrays = exportInductiveArrays(tf, model, tensors, hparam.num_layers)
    return {
      state: {
        dimension: graph.queryDimension,
        nodeDimension: graph.nodeDimension,
        modelCount: graph.modelCount,
        tasks,
        costScale,
        builtDescriptions,
      },
      arrays,
      metrics: {
        trainingQueries: split.training.length,
        validationQueries: split.validation.length,
        edges: graph.edges.edgeCount,
        epochs: history.epochs.length,
        ...(history.bestEpoch === undefined ? {} : {bestEpoch: history.bestEpoch}),
        ...(history.bestValidation === undefined ? {} : {validation: history.bestValidation}),
        trainingLoss: history.epochs.at(-1)?.trainingLoss ?? Number.NaN,
        seconds: history.seconds,
      },
    }
  } finally {
    disposeGraphTensors(tf, tensors)
    targets.dispose()
    created?.dispose()
  }
}

/** Training-graph pieces `trainGraphRouter` needs beyond the graph itself. */
interface BuiltGraph {
  readonly graph: TrainingGraph
  readonly tasks: readonly string[]
  readonly costScale: number
  readonly builtDescriptions: readonly string[]
}

async function buildTrainingGraph(
  input: RouterTrainingInput,
  hparam: GraphHparam,
): Promise<BuiltGraph> {
  const {matrix, costModel} = input
  const {embeddings, dimension} = requireTrainingEmbeddings(
    'graphrouter',
    input.embeddings,
    matrix.queries.length,
  )
  const modelCount = matrix.models.length
  const tasks = [...new Set(matrix.queries.map((query) => query.task))].sort()
  const taskIndex = new Map(tasks.map((task, index) => [task, index]))
  const nodes = await embedNodeTexts(matrix.models, tasks, input.embedder)
  if (nodes.builtDescriptions.length > 0) {
    outputWarning(
      'router graphrouter',
      `llms.json has no description for ${nodes.builtDescriptions.join(', ')}; their model ` +
        'nodes embed a text built from name, size and prices instead.',
    )
  }
  const costs = new Float64Array(matrix.queries.length * modelCount)
  matrix.queries.forEach((query, row) => {
    costs.set(predictQueryCosts(costModel, query.text), row * modelCount)
  })
  const costScale = costScaleOf(costs)
  const bestModels =
    hparam.decision === 'argmax' ? argmaxLabels(matrix.performance, modelCount) : null
  const edges = queryModelMatrices(matrix.performance, costs, modelCount, costScale, bestModels)
  if (edges.edgeCount === 0) {
    throw new UserError('graphrouter found no training query with a recorded outcome.', {
      code: 'DATA_INVALID',
    })
  }
  const queryFeatures = new Float32Array(matrix.queries.length * dimension)
  embeddings.forEach((vector, row) => queryFeatures.set(vector, row * dimension))
  const graph: TrainingGraph = {
    queryCount: matrix.queries.length,
    modelCount,
    taskCount: tasks.length,
    queryDimension: dimension,
    nodeDimension: nodes.dimension,
    queryFeatures,
    modelFeatures: nodes.models,
    taskFeatures: nodes.tasks,
    queryTask: Int32Array.from(matrix.queries, (query) => taskIndex.get(query.task) ?? 0),
    edges,
  }
  return {graph, tasks, costScale, builtDescriptions: nodes.builtDescriptions}
}

/**
 * Serves the masks of an epoch: the training queries, shuffled by `trainModel`, cut into groups
 * of `train_mask_rate` of them, `batch_size` groups per step.
 */
function maskBatches(training: Int32Array, hparam: GraphHparam): ExampleBatches<MaskBatch> {
  const groupSize = Math.max(1, Math.round(hparam.train_mask_rate * training.length))
  return {
    exampleCount: training.length,
    batchSize: groupSize * hparam.batch_size,
    select: (indices) => {
      const groups: Int32Array[] = []
      for (let start = 0; start < indices.length; start += groupSize) {
        groups.push(
          Int32Array.from(
            indices.subarray(start, start + groupSize),
            (index) => training[index] ?? 0,
          ),
        )
      }
      return {groups}
    },
  }
}

/** The validation figure: validation queries hidden, every training query visible. */
function validate(
  tf: TensorFlow,
  model: GraphModel,
  tensors: GraphTensors,
  targets: Tensor,
  graph: TrainingGraph,
  split: {training: Int32Array; validation: Int32Array},
  hparam: GraphHparam,
): number {
  return tf.tidy(() => {
    const {view, scored} = maskedView(tf, {
      queryCount: graph.queryCount,
      visible: split.training,
      hidden: split.validation,
      taskEdgeDropout: 0,
      seed: 0,
    })
    const logits = model.forward(tensors, view).edgeLogits
    if (hparam.decision === 'argmax') {
      return meanPerformanceOfTopEdge(
        logits.dataSync(),
        graph.edges,
        split.validation,
        graph.modelCount,
      )
    }
    const loss = maskedEdgeLoss(tf, logits, targets, tf.mul(scored, tensors.exists))
    return loss.dataSync()[0] ?? Number.NaN
  })
}

/** The logit whose σ is the targets' mean, so training starts from the base rate. */
function meanLogit(values: Float32Array): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1)
  const clipped = Math.min(Math.max(mean, 1e-3), 1 - 1e-3)
  return Math.log(clipped / (1 - clipped))
}
