import type {Scalar, Tensor, Tensor1D} from '@tensorflow/tfjs-core'
import {beforeAll, describe, expect, test, vi} from 'vitest'

import type {TensorFlow} from '../../src/embeddings/tensorflow-runtime.js'
import {createParameter, initialiseTensorFlow, registerWasmKernels} from '../../src/ml/index.js'
import {isTransposingMatMul} from '../../src/ml/wasm-matmul.js'
import {largestDifference, onBackend} from './on-backend.js'

let tf: TensorFlow

function never(): never {
  throw new Error('The kernel is not registered.')
}

beforeAll(async () => {
  ;({tf} = await initialiseTensorFlow({prefer: 'wasm'}))
})

async function valuesOn(backend: string, compute: () => Tensor | Tensor[]): Promise<number[][]> {
  return onBackend(tf, backend, () =>
    tf.tidy(() => {
      const result = compute()
      return (Array.isArray(result) ? result : [result]).map((tensor) =>
        Array.from(tensor.dataSync()),
      )
    }),
  )
}

async function expectSameOnWasmAndCPU(compute: () => Tensor | Tensor[], tolerance = 1e-5) {
  const onWasm = await valuesOn('wasm', compute)
  const onCPU = await valuesOn('cpu', compute)
  expect(onWasm.length).toBe(onCPU.length)
  onWasm.forEach((values, index) => {
    expect(largestDifference(values, onCPU[index] ?? [])).toBeLessThanOrEqual(tolerance)
  })
}

describe('UnsortedSegmentSum on wasm', () => {
  test('runs on the wasm backend itself, not a fallback', () => {
    expect(tf.getBackend()).toBe('wasm')
    expect(tf.getKernel('UnsortedSegmentSum', 'wasm')).toBeDefined()
  })

  test('sums rows into segments like the cpu backend, dropping out-of-range ids', async () => {
    const compute = () =>
      tf.unsortedSegmentSum(
        tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [5, 2]),
        tf.tensor1d([2, 0, 2, -1, 7], 'int32'),
        4,
      )

    expect(await valuesOn('wasm', compute)).toEqual([[3, 4, 0, 0, 6, 8, 0, 0]])
    await expectSameOnWasmAndCPU(compute, 0)
  })

  test('takes segment ids shaped like the leading dimensions of x', async () => {
    // The cpu backend can't do this (it fails to broadcast), so the sums are written out.
    const [sums] = await valuesOn('wasm', () =>
      tf.unsortedSegmentSum(
        tf.tensor3d([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [2, 3, 2]),
        // The op's type says 1-D, but the kernel contract allows any leading shape.
        tf.tensor2d([1, 0, 1, 2, 2, 0], [2, 3], 'int32') as Tensor as Tensor1D,
        3,
      ),
    )

    expect(sums).toEqual([3 + 11, 4 + 12, 1 + 5, 2 + 6, 7 + 9, 8 + 10])
  })

  test('keeps int32 sums in int32', async () => {
    const [sums] = await valuesOn('wasm', () => {
      const result = tf.unsortedSegmentSum(tf.tensor1d([5, 6, 7], 'int32'), [1, 1, 0], 2)
      expect(result.dtype).toBe('int32')
      return result
    })

    expect(sums).toEqual([7, 11])
  })

  test('registers once: a second call registers nothing and warns about nothing', () => {
    const warn = vi.spyOn(console, 'warn')

    expect(registerWasmKernels(tf)).toEqual([])
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  test('trains an embedding lookup with the same gradients and weights as the cpu backend', async () => {
    // Given an embedding table read through tf.gather with repeated ids
    const ids = [0, 3, 3, 7, 1, 3, 9, 0]
    const targets = tf.tensor2d(ids.map((id) => [Math.sin(id), Math.cos(id)]))
    const trainOn = (backend: string) =>
      onBackend(tf, backend, () => {
        const table = createParameter(tf, {
          shape: [10, 4],
          initialiser: {kind: 'normal', standardDeviation: 0.5},
          seed: 7,
        })
        const projection = createParameter(tf, {
          shape: [4, 2],
          initialiser: {kind: 'glorot-uniform'},
          seed: 8,
        })
        const loss = () =>
          tf.losses.meanSquaredError<Tensor, Scalar>(
            targets,
            tf.matMul(tf.gather(table, tf.tensor1d(ids, 'int32')), projection),
          )
        const firstGradient = tf.tidy(() =>
          Array.from(tf.variableGrads(loss, [table]).grads[table.name]?.dataSync() ?? []),
        )
        const optimizer = tf.train.adam(0.05)
        for (let step = 0; step < 25; step++) tf.dispose(optimizer.minimize(loss, true) ?? [])
        const trained = Array.from(table.dataSync())
        optimizer.dispose()
        tf.dispose([table, projection])
        return {firstGradient, trained}
      })

    // When it trains on wasm and on cpu
    const onWasm = await trainOn('wasm')
    const onCPU = await trainOn('cpu')

    // Then the gradients and the trained tables agree
    expect(onWasm.firstGradient.some((value) => value !== 0)).toBe(true)
    expect(largestDifference(onWasm.firstGradient, onCPU.firstGradient)).toBeLessThan(1e-6)
    expect(largestDifference(onWasm.trained, onCPU.trained)).toBeLessThan(1e-4)
    // Rows 2, 4, 5, 6 and 8 are never looked up, so they must not move
    const initial = createParameter(tf, {
      shape: [10, 4],
      initialiser: {kind: 'normal', standardDeviation: 0.5},
      seed: 7,
    })
    const initialValues = Array.from(initial.dataSync())
    initial.dispose()
    targets.dispose()
    for (const row of [2, 4, 5, 6, 8]) {
      const slice = (values: number[]) => values.slice(row * 4, row * 4 + 4)
      expect(slice(onWasm.trained)).toEqual(slice(initialValues))
    }
  })
})

describe('transposed matrix products on wasm', () => {
  test('run through the transposing wrapper and match the cpu backend', async () => {
    expect(isTransposingMatMul(tf.getKernel('BatchMatMul', 'wasm') ?? never())).toBe(true)
    expect(isTransposingMatMul(tf.getKernel('_FusedMatMul', 'wasm') ?? never())).toBe(true)
    const left = () =>
      tf.tensor3d(
        Array.from({length: 24}, (_, index) => index / 7),
        [2, 3, 4],
      )
    const right = () =>
      tf.tensor3d(
        Array.from({length: 24}, (_, index) => 1 - index / 5),
        [2, 4, 3],
      )

    await expectSameOnWasmAndCPU(() => [
      tf.matMul(left(), right()),
      tf.matMul(left(), left(), true, false),
      tf.matMul(left(), left(), false, true),
      tf.matMul(left(), right(), true, true),
      tf.fused.matMul({
        a: left(),
        b: right(),
        transposeA: true,
        transposeB: true,
        bias: tf.ones([4]),
        activation: 'relu',
      }),
    ])
  })

  test('free the transposed copies they make', () => {
    const backend = tf.backend() as unknown as {numDataIds: () => number}
    const left = tf.ones([64, 32])
    const before = backend.numDataIds()

    tf.tidy(() => {
      for (let round = 0; round < 10; round++) tf.matMul(left, left, true, false)
    })

    expect(backend.numDataIds()).toBe(before)
    left.dispose()
  })
})

describe('gradients a router net needs on wasm', () => {
  const x = () => tf.tensor2d([0.5, -1, 2, 0.1, -0.3, 1.5], [2, 3])
  const labels = () => tf.oneHot(tf.tensor1d([2, 0], 'int32'), 3)
  const cases: Record<string, () => Tensor | Tensor[]> = {
    'gather along axis 1': () =>
      tf.grad((input: Tensor) => tf.sum(tf.gather(input, [0, 2, 2], 1)))(x()),
    concat: () =>
      tf.grads((left: Tensor, right: Tensor) => tf.sum(tf.square(tf.concat([left, right], 1))))([
        x(),
        x(),
      ]),
    'matMul with a transposed side': () =>
      tf.grads((left: Tensor, right: Tensor) => tf.sum(tf.matMul(left, right, false, true)))([
        x(),
        tf.ones([4, 3]),
      ]),
    'fused matMul with bias and relu': () =>
      tf.grads((left: Tensor, right: Tensor, bias: Tensor) =>
        tf.sum(tf.fused.matMul({a: left, b: right, bias, activation: 'relu'})),
      )([x(), tf.ones([3, 4]), tf.ones([4])]),
    sigmoid: () => tf.grad((input: Tensor) => tf.sum(tf.sigmoid(input)))(x()),
    relu: () => tf.grad((input: Tensor) => tf.sum(tf.relu(input)))(x()),
    'leaky relu': () => tf.grad((input: Tensor) => tf.sum(tf.leakyRelu(input)))(x()),
    tanh: () => tf.grad((input: Tensor) => tf.sum(tf.tanh(input)))(x()),
    'softmax cross-entropy': () =>
      tf.grad((logits: Tensor) => tf.losses.softmaxCrossEntropy(labels(), logits))(x()),
    'sigmoid cross-entropy': () =>
      tf.grad((logits: Tensor) => tf.losses.sigmoidCrossEntropy(labels(), logits))(x()),
    'log softmax': () =>
      tf.grad((input: Tensor) => tf.sum(tf.mul(tf.logSoftmax(input), labels())))(x()),
    'mean and mean squared error': () =>
      tf.grad((input: Tensor) =>
        tf.add(tf.mean(input, 1).sum(), tf.losses.meanSquaredError(labels(), input)),
      )(x()),
    'dropout with a seed': () =>
      tf.grad((input: Tensor) => tf.sum(tf.dropout(input, 0.5, undefined, 3)))(x()),
    'unsorted segment sum (message passing)': () =>
      tf.grad((input: Tensor) =>
        tf.sum(tf.square(tf.unsortedSegmentSum(input, tf.tensor1d([1, 1], 'int32'), 3))),
      )(x()),
    'segment mean by division': () =>
      tf.grad((input: Tensor) =>
        tf.sum(
          tf.div(
            tf.unsortedSegmentSum(tf.gather(input, [0, 1, 1]), tf.tensor1d([0, 0, 1], 'int32'), 2),
            tf.tensor2d([[2], [1]]),
          ),
        ),
      )(x()),
    'l2 normalisation and cosine similarity': () =>
      tf.grad((input: Tensor) => {
        const unit = tf.div(input, tf.norm(input, 'euclidean', 1, true))
        return tf.sum(tf.matMul(unit, unit, false, true))
      })(x()),
    'max and logSumExp': () =>
      tf.grad((input: Tensor) => tf.add(tf.sum(tf.max(input, 1)), tf.sum(tf.logSumExp(input, 1))))(
        x(),
      ),
    'stack, unstack and tile': () =>
      tf.grad((input: Tensor) => tf.sum(tf.tile(tf.stack(tf.unstack(input)), [2, 1])))(x()),
    'where and clipByValue': () =>
      tf.grad((input: Tensor) =>
        tf.sum(tf.where(tf.greater(x(), 0), tf.clipByValue(input, 0, 1), tf.neg(input))),
      )(x()),
  }

  for (const [name, compute] of Object.entries(cases)) {
    test(`${name} matches the cpu backend`, async () => {
      await expectSameOnWasmAndCPU(compute)
    })
  }
})
