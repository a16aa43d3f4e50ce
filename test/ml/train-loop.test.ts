import type {Tensor, Variable} from '@tensorflow/tfjs-core'
import {beforeAll, describe, expect, test} from 'vitest'

import type {TensorFlow} from '../../src/embeddings/tensorflow-runtime.js'
import {LLMRouterError} from '../../src/errors/index.js'
import {
  createExampleBatches,
  createParameter,
  initialiseTensorFlow,
  trainModel,
  type TrainModelOptions,
} from '../../src/ml/index.js'

let tf: TensorFlow

beforeAll(async () => {
  ;({tf} = await initialiseTensorFlow({prefer: 'wasm'}))
})

type LineBatch = Record<'x' | 'y', Tensor>

/** y = 2x + 1 on 256 evenly spaced points in [-1, 1], and a fresh one-unit linear model. */
function lineProblem(seed: number) {
  const xs = Array.from({length: 256}, (_, index) => -1 + (2 * index) / 255)
  const x = tf.tensor2d(xs, [256, 1])
  const y = tf.tensor2d(
    xs.map((value) => 2 * value + 1),
    [256, 1],
  )
  const parameters = {
    weight: createParameter(tf, {shape: [1, 1], initialiser: {kind: 'glorot-uniform'}, seed}),
    bias: createParameter(tf, {shape: [1], initialiser: {kind: 'constant', value: 0}, seed}),
  }
  const predict = (input: Tensor) => tf.add(tf.matMul(input, parameters.weight), parameters.bias)
  const options: TrainModelOptions<LineBatch> = {
    parameters,
    loss: (batch) => tf.losses.meanSquaredError(batch.y, predict(batch.x)),
    batches: createExampleBatches(tf, {tensors: {x, y}, batchSize: 32}),
    epochs: 25,
    optimizer: {kind: 'adam', learningRate: 0.1},
    seed,
  }
  const fullLoss = () =>
    tf.tidy(() => tf.losses.meanSquaredError(y, predict(x)).dataSync()[0] ?? Number.NaN)
  const dispose = () => tf.dispose([x, y, parameters.weight, parameters.bias])
  return {parameters, options, fullLoss, dispose}
}

function valuesOf(parameters: Readonly<Record<string, Variable>>): number[] {
  return Object.values(parameters).flatMap((variable) => Array.from(variable.dataSync()))
}

describe('trainModel', () => {
  test('fits y = 2x + 1 on wasm to a loss under 1e-3', async () => {
    // Given
    const problem = lineProblem(1)

    // When
    const history = await trainModel(problem.options)

    // Then
    expect(tf.getBackend()).toBe('wasm')
    expect(problem.fullLoss()).toBeLessThan(1e-3)
    expect(history.epochs).toHaveLength(25)
    expect(history.steps).toBe(25 * 8)
    expect(history.stopReason).toBe('epoch-limit')
    const [weight, bias] = valuesOf(problem.parameters)
    expect(weight).toBeCloseTo(2, 3)
    expect(bias).toBeCloseTo(1, 3)
    problem.dispose()
  })

  test('gives bit-identical weights for the same seed, and different ones for another', async () => {
    const train = async (seed: number) => {
      const problem = lineProblem(seed)
      await trainModel({...problem.options, epochs: 5})
      const values = valuesOf(problem.parameters)
      problem.dispose()
      return values
    }

    const first = await train(3)
    const again = await train(3)
    const other = await train(4)

    expect(again).toEqual(first)
    expect(other).not.toEqual(first)
  })

  test('stops after `patience` epochs without improvement and restores the best epoch', async () => {
    // Given a validation metric that is best after epoch 2
    const problem = lineProblem(5)
    const metric = [5, 3, 4, 6, 7, 8, 9, 10]
    let calls = 0
    const weightsByEpoch = new Map<number, number[]>()

    // When
    const history = await trainModel({
      ...problem.options,
      epochs: metric.length,
      validation: () => metric[calls++] ?? 100,
      patience: 2,
      onEpochEnd: (record) => {
        weightsByEpoch.set(record.epoch, valuesOf(problem.parameters))
      },
    })

    // Then
    expect(history.stopReason).toBe('early-stop')
    expect(history.epochs.map((record) => record.epoch)).toEqual([1, 2, 3, 4])
    expect(history.epochs.map((record) => record.improved)).toEqual([true, true, false, false])
    expect(history.bestEpoch).toBe(2)
    expect(history.bestValidation).toBe(3)
    expect(history.restoredBest).toBe(true)
    expect(valuesOf(problem.parameters)).toEqual(weightsByEpoch.get(2))
    expect(valuesOf(problem.parameters)).not.toEqual(weightsByEpoch.get(4))
    problem.dispose()
  })

  test('keeps the last weights when the last epoch is the best, maximising the metric', async () => {
    const problem = lineProblem(6)
    let epoch = 0

    const history = await trainModel({
      ...problem.options,
      epochs: 3,
      validation: () => ++epoch,
      validationDirection: 'higher-is-better',
      patience: 1,
    })

    expect(history.bestEpoch).toBe(3)
    expect(history.restoredBest).toBe(false)
    expect(history.stopReason).toBe('epoch-limit')
    problem.dispose()
  })

  test('leaves no tensor behind, in steps, epochs or after training', async () => {
    // Given
    const before = tf.memory().numTensors
    const problem = lineProblem(7)
    const countsAtEpochEnd: number[] = []

    // When
    await trainModel({
      ...problem.options,
      epochs: 4,
      optimizer: {kind: 'adamw', learningRate: 0.05, weightDecay: 0.01},
      validation: () => problem.fullLoss(),
      onEpochEnd: () => {
        countsAtEpochEnd.push(tf.memory().numTensors)
      },
    })
    problem.dispose()

    // Then
    expect(new Set(countsAtEpochEnd.slice(1)).size).toBe(1)
    expect(tf.memory().numTensors).toBe(before)
  })

  test('passes a per-step seed, so dropout is reproducible', async () => {
    const seeds: number[] = []
    const problem = lineProblem(8)

    await trainModel({
      ...problem.options,
      epochs: 1,
      loss: (batch, context) => {
        seeds.push(context.seed)
        return problem.options.loss(batch, context)
      },
    })

    expect(seeds).toHaveLength(8)
    expect(new Set(seeds).size).toBe(8)
    problem.dispose()
  })

  test('stops between steps when aborted and reports it', async () => {
    const problem = lineProblem(9)
    const controller = new AbortController()
    let steps = 0

    const history = await trainModel({
      ...problem.options,
      loss: (batch, context) => {
        if (++steps === 3) controller.abort()
        return problem.options.loss(batch, context)
      },
      signal: controller.signal,
    })

    expect(history.stopReason).toBe('abort')
    expect(history.steps).toBe(3)
    expect(history.epochs).toEqual([])
    problem.dispose()
  })

  test('rolls back the steps of an aborted epoch even when the epoch before was the best', async () => {
    const problem = lineProblem(13)
    const controller = new AbortController()
    let bestWeights: number[] = []
    let steps = 0

    const history = await trainModel({
      ...problem.options,
      loss: (batch, context) => {
        if (++steps === 12) controller.abort()
        return problem.options.loss(batch, context)
      },
      validation: () => 1 / steps,
      onEpochEnd: () => {
        bestWeights = valuesOf(problem.parameters)
      },
      signal: controller.signal,
    })

    expect(history.stopReason).toBe('abort')
    expect(history.bestEpoch).toBe(1)
    expect(history.restoredBest).toBe(true)
    expect(valuesOf(problem.parameters)).toEqual(bestWeights)
    problem.dispose()
  })

  test('rejects a diverging loss with a user error that suggests a lower learning rate', async () => {
    const problem = lineProblem(10)
    const before = tf.memory().numTensors

    const training = trainModel({
      ...problem.options,
      loss: (batch, context) => tf.div(problem.options.loss(batch, context), 0),
    })

    await expect(training).rejects.toMatchObject({code: 'CONFIG_INVALID', audience: 'user'})
    await expect(training).rejects.toThrow(/diverged: the loss became Infinity at epoch 1/)
    expect(tf.memory().numTensors).toBe(before)
    problem.dispose()
  })

  test('rejects bad settings all at once, naming each', async () => {
    const problem = lineProblem(11)

    const error: unknown = await trainModel({
      ...problem.options,
      epochs: 1.5,
      optimizer: {kind: 'adam', learningRate: 0},
    }).catch((caught: unknown) => caught)

    expect(LLMRouterError.isInstance(error)).toBe(true)
    expect(String(error)).toMatch(/learning rate is 0.*epochs is 1\.5/)
    problem.dispose()
  })

  test('trains on a fixed list of batches in seeded order', async () => {
    const problem = lineProblem(12)
    const x = tf.tensor2d([[0], [1]])
    const y = tf.tensor2d([[1], [3]])
    const seen: Tensor[] = []

    await trainModel({
      ...problem.options,
      batches: [
        {x, y},
        {x: y, y: x},
      ],
      epochs: 3,
      loss: (batch, context) => {
        seen.push(batch.x)
        return problem.options.loss(batch, context)
      },
    })

    expect(seen).toHaveLength(6)
    expect(x.isDisposed).toBe(false)
    tf.dispose([x, y])
    problem.dispose()
  })
})
