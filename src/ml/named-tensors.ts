import type {Tensor, Variable} from '@tensorflow/tfjs-core'

import type {TensorFlow} from '../embeddings/tensorflow-runtime.js'
import {UserError} from '../errors/index.js'
import {initialWeights, type WeightInitialiser} from './math/weight-initialisers.js'

/**
 * Tensors as plain arrays, ready for a router artifact: `arrays` go to the artifact's raw
 * little-endian arrays and `shapes` to its JSON state.
 */
export interface NamedTensorArrays {
  readonly arrays: Readonly<Record<string, Float32Array | Int32Array>>
  readonly shapes: Readonly<Record<string, readonly number[]>>
}

/** Options of `createParameter`. */
export interface CreateParameterOptions {
  readonly shape: readonly number[]
  readonly initialiser: WeightInitialiser
  /** Seed of the initial values; give each parameter its own (see `deriveSeed`). */
  readonly seed: number
  /** Engine-wide variable name; TensorFlow.js makes one up when absent. */
  readonly name?: string
}

/**
 * Creates a trainable variable with seeded initial values, identical on every backend.
 * @param tf - TensorFlow.js.
 * @param options - Shape, initialiser and seed.
 * @returns The variable; the caller disposes it.
 */
export function createParameter(tf: TensorFlow, options: CreateParameterOptions): Variable {
  const shape = [...options.shape]
  const values = initialWeights(shape, options.initialiser, options.seed)
  return tf.tidy(() => tf.variable(tf.tensor(values, shape, 'float32'), true, options.name))
}

/**
 * Copies named tensors out of TensorFlow.js into typed arrays.
 * @param tensors - The tensors (parameters, usually) by name; float32 or int32.
 * @returns Their values and shapes by the same names.
 */
export async function exportNamedTensors(
  tensors: Readonly<Record<string, Tensor>>,
): Promise<NamedTensorArrays> {
  const arrays: Record<string, Float32Array | Int32Array> = {}
  const shapes: Record<string, number[]> = {}
  for (const [name, tensor] of Object.entries(tensors)) {
    const values = await tensor.data()
    if (!(values instanceof Float32Array) && !(values instanceof Int32Array)) {
      throw new UserError(`Tensor "${name}" is ${tensor.dtype}; only float32 and int32 export.`, {
        code: 'ARTIFACT_INVALID',
      })
    }
    // A copy: the cpu backend hands out the tensor's own storage.
    arrays[name] = values.slice()
    shapes[name] = [...tensor.shape]
  }
  return {arrays, shapes}
}

/**
 * Makes tensors from arrays written by `exportNamedTensors`, checking every shape.
 * @param tf - TensorFlow.js.
 * @param named - Arrays and shapes, as read from an artifact.
 * @param names - The names that must be present; all of `named.arrays` when absent.
 * @returns The tensors by name; the caller disposes them.
 */
export function importNamedTensors(
  tf: TensorFlow,
  named: NamedTensorArrays,
  names: readonly string[] = Object.keys(named.arrays),
): Record<string, Tensor> {
  const checked = names.map((name) => {
    const values = named.arrays[name]
    const shape = named.shapes[name]
    if (!values || !shape) throw artifactError(`has no tensor "${name}"`)
    const size = shape.reduce((product, dimension) => product * dimension, 1)
    if (size !== values.length) {
      throw artifactError(
        `stores ${values.length} values for "${name}", but its shape [${shape.join(', ')}] ` +
          `holds ${size}`,
      )
    }
    return {name, values, shape: [...shape]}
  })
  const tensors: Record<string, Tensor> = {}
  for (const {name, values, shape} of checked) {
    tensors[name] = tf.tensor(values, shape, values instanceof Int32Array ? 'int32' : 'float32')
  }
  return tensors
}

/**
 * Overwrites variables with arrays written by `exportNamedTensors`, by matching names.
 * @param tf - TensorFlow.js.
 * @param variables - The variables to fill, by name.
 * @param named - Arrays and shapes, as read from an artifact.
 */
export function assignNamedTensors(
  tf: TensorFlow,
  variables: Readonly<Record<string, Variable>>,
  named: NamedTensorArrays,
): void {
  const tensors = importNamedTensors(tf, named, Object.keys(variables))
  try {
    const pairs = Object.entries(variables).map(([name, variable]) => {
      const tensor = tensors[name]
      if (!tensor || !tf.util.arraysEqual(tensor.shape, variable.shape)) {
        throw artifactError(
          `stores "${name}" with shape [${tensor?.shape.join(', ')}], ` +
            `but the model needs [${variable.shape.join(', ')}]`,
        )
      }
      if (tensor.dtype !== variable.dtype) {
        throw artifactError(
          `stores "${name}" as ${tensor.dtype}, but the model needs ${variable.dtype}`,
        )
      }
      return {variable, tensor}
    })
    // Assigned only once every tensor checks out, so a bad artifact leaves the model as it was.
    for (const {variable, tensor} of pairs) variable.assign(tensor)
  } finally {
    tf.dispose(Object.values(tensors))
  }
}

function artifactError(reason: string): UserError {
  return new UserError(`The router artifact ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train the router again with `llmrouter train` to rewrite the artifact.'],
  })
}
