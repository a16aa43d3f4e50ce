import type {
  KernelConfig,
  KernelFunc,
  NamedAttrMap,
  NamedTensorInfoMap,
  TensorInfo,
} from '@tensorflow/tfjs-core'

import {BugError} from '../errors/index.js'

/** Marks kernel functions made here, so they are never wrapped twice. */
const wrappedMarker = Symbol.for('llmrouter.ml.transposing-matmul')

type KernelParameters = Parameters<KernelFunc>[0]

/**
 * Tells whether a kernel is already the transposing wrapper from `transposeBeforeMatMul`.
 * @param config - A registered kernel.
 * @returns True when it is.
 */
export function isTransposingMatMul(config: KernelConfig): boolean {
  return wrappedMarker in config.kernelFunc
}

/**
 * Wraps the wasm backend's `BatchMatMul` or `_FusedMatMul` so transposed operands are
 * transposed first. The wasm backend hands any `transposeA`/`transposeB` product to a naive
 * loop instead of XNNPACK, and every matMul gradient is such a product; an explicit transpose
 * plus the XNNPACK product is 5–10× faster for the layer sizes routers use.
 * @param original - The backend's own kernel.
 * @param transpose - The backend's `Transpose` kernel function.
 * @returns A replacement kernel with the same name, backend and setup.
 */
export function transposeBeforeMatMul(original: KernelConfig, transpose: KernelFunc): KernelConfig {
  const kernelFunc = (parameters: KernelParameters): TensorInfo | TensorInfo[] => {
    const attrs: NamedAttrMap = parameters.attrs ?? {}
    // Limitation: products with a batch dimension above 1 still take the naive loop (about 15×
    // slower than the same work as 2-D products); split them if a router ever needs them.
    if (attrs.transposeA !== true && attrs.transposeB !== true) {
      return original.kernelFunc(parameters)
    }
    const backend = parameters.backend as {disposeData?: (dataId: object) => boolean}
    if (typeof backend.disposeData !== 'function') {
      throw new BugError(`${original.kernelName} ran on a backend without disposeData.`)
    }
    const intermediates: TensorInfo[] = []
    const swapLastAxes = (input: TensorInfo | undefined): TensorInfo => {
      if (!input) throw new BugError(`${original.kernelName} is missing an operand.`)
      const rank = input.shape.length
      const perm = [...Array.from({length: rank - 2}, (_, axis) => axis), rank - 1, rank - 2]
      const swapped = transpose({inputs: {x: input}, backend: parameters.backend, attrs: {perm}})
      if (Array.isArray(swapped)) throw new BugError('Transpose returned several tensors.')
      intermediates.push(swapped)
      return swapped
    }
    const inputs: NamedTensorInfoMap = {...parameters.inputs}
    if (attrs.transposeA === true) inputs.a = swapLastAxes(inputs.a)
    if (attrs.transposeB === true) inputs.b = swapLastAxes(inputs.b)
    try {
      return original.kernelFunc({
        inputs,
        backend: parameters.backend,
        attrs: {...attrs, transposeA: false, transposeB: false},
      })
    } finally {
      for (const intermediate of intermediates) backend.disposeData(intermediate.dataId)
    }
  }
  Object.defineProperty(kernelFunc, wrappedMarker, {value: true})
  return {...original, kernelFunc}
}
