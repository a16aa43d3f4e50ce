import {createSeededRandom} from './seeded-random.js'

/**
 * How to fill a new weight tensor. Fans follow Keras: for shape `[…, in, out]` the fan-in is
 * `in` times the product of the leading dimensions, and a vector's fans are its length.
 */
export type WeightInitialiser =
  /** Uniform in ±√(6 / (fanIn + fanOut)); the usual choice for sigmoid and tanh layers. */
  | {readonly kind: 'glorot-uniform'}
  /** Uniform in ±√(6 / fanIn); suits ReLU layers. */
  | {readonly kind: 'he-uniform'}
  /** Normal with standard deviation √(2 / fanIn); suits ReLU layers. */
  | {readonly kind: 'he-normal'}
  /** Normal with the given mean (0 by default) and standard deviation. */
  | {readonly kind: 'normal'; readonly standardDeviation: number; readonly mean?: number}
  /** Uniform in ±`limit`. */
  | {readonly kind: 'uniform'; readonly limit: number}
  /** Every entry the same value (0 for biases). */
  | {readonly kind: 'constant'; readonly value: number}

/**
 * Makes the initial values of a weight tensor from a seed, the same on every backend and
 * platform because the numbers never come from TensorFlow.js.
 * @param shape - The tensor's shape.
 * @param initialiser - The distribution.
 * @param seed - The seed; the same seed gives the same values.
 * @returns The values in row-major order.
 */
export function initialWeights(
  shape: readonly number[],
  initialiser: WeightInitialiser,
  seed: number,
): Float32Array {
  const size = shape.reduce((product, dimension) => product * dimension, 1)
  const values = new Float32Array(size)
  const random = createSeededRandom(seed)
  const {fanIn, fanOut} = fansOf(shape)
  switch (initialiser.kind) {
    case 'glorot-uniform':
      return fillUniform(values, Math.sqrt(6 / Math.max(1, fanIn + fanOut)), random.nextUniform)
    case 'he-uniform':
      return fillUniform(values, Math.sqrt(6 / Math.max(1, fanIn)), random.nextUniform)
    case 'he-normal': {
      const deviation = Math.sqrt(2 / Math.max(1, fanIn))
      for (let index = 0; index < size; index++) values[index] = deviation * random.nextNormal()
      return values
    }
    case 'normal': {
      const mean = initialiser.mean ?? 0
      for (let index = 0; index < size; index++) {
        values[index] = mean + initialiser.standardDeviation * random.nextNormal()
      }
      return values
    }
    case 'uniform':
      return fillUniform(values, initialiser.limit, random.nextUniform)
    case 'constant':
      return values.fill(initialiser.value)
  }
}

function fillUniform(values: Float32Array, limit: number, nextUniform: () => number) {
  for (let index = 0; index < values.length; index++) {
    values[index] = (2 * nextUniform() - 1) * limit
  }
  return values
}

function fansOf(shape: readonly number[]): {fanIn: number; fanOut: number} {
  if (shape.length === 0) return {fanIn: 1, fanOut: 1}
  if (shape.length === 1) return {fanIn: shape[0]!, fanOut: shape[0]!}
  const receptiveField = shape.slice(0, -2).reduce((product, dimension) => product * dimension, 1)
  return {
    fanIn: shape[shape.length - 2]! * receptiveField,
    fanOut: shape[shape.length - 1]! * receptiveField,
  }
}
