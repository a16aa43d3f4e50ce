import type {Tensor} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../../embeddings/tensorflow-runtime.js'
import {BugError} from '../../errors/index.js'
import type {GraphModel, GraphTensors} from './graph-model.js'

/**
 * Folds the trained network and the whole training graph into the arrays routing needs: every
 * training query visible (the validation queries join the graph now), every task edge present,
 * then each layer's model and task messages and the decoder's model terms precomputed. Names
 * match what `readInductiveGraph` reads.
 * @param tf - TensorFlow.js.
 * @param model - The trained network.
 * @param graph - The training graph.
 * @param layers - Message-passing layers.
 * @returns Raw arrays by artifact name.
 */
export function exportInductiveArrays(
  tf: TensorFlow,
  model: GraphModel,
  graph: GraphTensors,
  layers: number,
): Record<string, Float32Array> {
  const weight = (name: string): Tensor => {
    const variable = model.parameters[name]
    if (!variable) throw new BugError(`graphrouter has no parameter "${name}" to export.`)
    return variable
  }
  const tensors = tf.tidy(() => {
    const queryCount = graph.queryFeatures.shape[0] ?? 0
    const everything = tf.ones([queryCount])
    const states = model.forward(graph, {visibleQueries: everything, taskEdges: everything})
    const folded: Record<string, Tensor> = {}
    // The model side's own weights too, so a new model can join the graph (`addGraphModel`).
    const copied = ['query.input', 'query.inputBias', 'decoder.query', 'model.input']
    for (const name of copied) folded[name] = tf.clone(weight(name))
    folded['model.inputBias'] = tf.clone(weight('model.inputBias'))
    folded['decoder.queryWeight'] = tf.reshape(weight('decoder.queryWeight'), [-1])
    folded['decoder.model'] = tf.reshape(weight('decoder.model'), [-1])
    folded['decoder.outputBias'] = tf.clone(weight('decoder.outputBias'))
    for (let layer = 1; layer <= layers; layer++) {
      const name = (part: string): string => `layer${layer}.${part}`
      const models = states.modelStates[layer - 1]
      const tasks = states.taskStates[layer - 1]
      if (!models || !tasks) throw new BugError(`graphrouter has no states before layer ${layer}.`)
      for (const part of [
        'querySelf',
        'queryBias',
        'modelSelf',
        'modelBias',
        'modelToQuery',
        'modelToQueryCost',
      ]) {
        folded[name(part)] = tf.clone(weight(name(part)))
      }
      folded[name('modelMessages')] = tf.matMul(models, weight(name('modelToQuery')))
      folded[name('modelCostMessages')] = tf.matMul(models, weight(name('modelToQueryCost')))
      folded[name('taskMessages')] = tf.matMul(tasks, weight(name('taskToQuery')))
    }
    const finalModels = states.modelStates[layers]
    if (!finalModels) throw new BugError('graphrouter has no final model states.')
    folded['decoder.modelStates'] = tf.clone(finalModels)
    folded['decoder.modelBias'] = tf.add(
      tf.reshape(tf.matMul(finalModels, weight('decoder.model')), [-1]),
      weight('decoder.outputBias'),
    )
    return folded
  })
  const arrays: Record<string, Float32Array> = {}
  for (const [name, tensor] of Object.entries(tensors)) {
    arrays[name] = Float32Array.from(tensor.dataSync())
  }
  tf.dispose(Object.values(tensors))
  return arrays
}
