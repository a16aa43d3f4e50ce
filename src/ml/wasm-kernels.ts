import type {
  DataType,
  KernelConfig,
  NamedAttrMap,
  NamedTensorInfoMap,
  TensorInfo,
} from '@tensorflow/tfjs-core'
import createDebug from 'debug'

import type {TensorFlow} from '../embeddings/tensorflow-runtime.js'
import {BugError} from '../errors/index.js'
import {sumIntoSegments} from './math/segment-sum.js'
import {isTransposingMatMul, transposeBeforeMatMul} from './wasm-matmul.js'

/** The part of the WebAssembly backend a JavaScript kernel uses. */
interface WasmKernelBackend {
  readSync(dataId: object): ArrayLike<number>
  makeOutput(
    shape: number[],
    dtype: DataType,
    memoryOffset?: number,
    values?: Float32Array | Int32Array,
  ): TensorInfo
}

const debug = createDebug('llmrouter:ml:kernels')

/**
 * `UnsortedSegmentSum` for the wasm backend, which ships without it, so gradients of
 * `tf.gather` (embedding lookups) fail there. It runs in JavaScript over a copy of the input:
 * O(input size), against the cpu backend's O(segments × input size).
 * See https://github.com/tensorflow/tfjs/issues/8082
 * @param parameters - The kernel's inputs `x` and `segmentIds`, attribute `numSegments`.
 * @returns The sums, shape `[numSegments, ...x.shape.slice(segmentIds.rank)]`.
 */
function unsortedSegmentSum(parameters: {
  inputs: NamedTensorInfoMap
  backend: object
  attrs?: NamedAttrMap
}): TensorInfo {
  const {x, segmentIds} = parameters.inputs
  const segmentCount = parameters.attrs?.numSegments
  const backend = parameters.backend as Partial<WasmKernelBackend>
  if (!x || !segmentIds || typeof segmentCount !== 'number') {
    throw new BugError('UnsortedSegmentSum needs inputs x and segmentIds and numSegments.')
  }
  if (typeof backend.readSync !== 'function' || typeof backend.makeOutput !== 'function') {
    throw new BugError('UnsortedSegmentSum ran on a backend that is not the wasm backend.')
  }
  if (x.dtype !== 'float32' && x.dtype !== 'int32') {
    throw new BugError(`UnsortedSegmentSum sums float32 or int32 tensors, not ${x.dtype}.`)
  }
  const leadingRank = segmentIds.shape.length
  if (x.shape.slice(0, leadingRank).some((size, axis) => size !== segmentIds.shape[axis])) {
    throw new BugError(
      `UnsortedSegmentSum needs segment ids shaped like the start of x: got ` +
        `[${segmentIds.shape.join(', ')}] for x of shape [${x.shape.join(', ')}].`,
    )
  }
  const rowShape = x.shape.slice(leadingRank)
  const rowSize = rowShape.reduce((product, dimension) => product * dimension, 1)
  const values = backend.readSync(x.dataId) as Float32Array | Int32Array
  const ids = backend.readSync(segmentIds.dataId)
  const size = segmentCount * rowSize
  const sums = x.dtype === 'int32' ? new Int32Array(size) : new Float32Array(size)
  sumIntoSegments(values, ids, rowSize, segmentCount, sums)
  return backend.makeOutput([segmentCount, ...rowShape], x.dtype, undefined, sums)
}

/** Kernels the wasm backend lacks that training needs. */
const missingWasmKernels: readonly KernelConfig[] = [
  {kernelName: 'UnsortedSegmentSum', backendName: 'wasm', kernelFunc: unsortedSegmentSum},
]

/**
 * Fits the wasm backend for training: registers the kernels it lacks (today
 * `UnsortedSegmentSum`, the gradient of `tf.gather`) and makes its transposed matrix products,
 * which every matMul gradient uses, take the fast XNNPACK path. Call it once the wasm backend
 * package is loaded (`initialiseTensorFlow` does). Safe to call again: a missing kernel that
 * is already registered, by us or by a newer TensorFlow.js, is left alone, and the matMul
 * kernels are wrapped only once.
 * @param tf - TensorFlow.js.
 * @returns The names of the kernels this call registered or replaced.
 */
export function registerWasmKernels(tf: TensorFlow): string[] {
  const changed: string[] = []
  for (const config of missingWasmKernels) {
    if (tf.getKernel(config.kernelName, config.backendName)) continue
    tf.registerKernel(config)
    changed.push(config.kernelName)
  }
  const transpose = tf.getKernel('Transpose', 'wasm')?.kernelFunc
  for (const kernelName of ['BatchMatMul', '_FusedMatMul']) {
    const original = tf.getKernel(kernelName, 'wasm')
    if (!original || !transpose || isTransposingMatMul(original)) continue
    tf.unregisterKernel(kernelName, 'wasm')
    tf.registerKernel(transposeBeforeMatMul(original, transpose))
    changed.push(kernelName)
  }
  if (changed.length > 0) debug('registered wasm kernels %o', changed)
  return changed
}
