import {BugError} from '../../../errors/index.js'
import {createSeededRandom, randomPermutation} from '../../../ml/math/seeded-random.js'
import type {KernelCentres} from './rbf-kernel.js'
import {createKernelCentres, kernelRow} from './rbf-kernel.js'

/**
 * A Nyström feature map: φ(x) = L⁻¹ k(x), where k(x) holds the kernel values between x and m
 * landmarks and L Lᵀ is the landmarks' own kernel matrix (plus a small ridge). Then
 * φ(x)·φ(y) = k(x)ᵀ K⁻¹ k(y) approximates the RBF kernel, so a linear SVM on φ approximates
 * the kernel SVM, and its weights fold back into one coefficient per landmark.
 */
export interface NystroemMap {
  readonly landmarks: KernelCentres
  /** Lower-triangular Cholesky factor of the landmarks' kernel matrix, row-major `m × m`. */
  readonly factor: Float64Array
}

/** Ridge added to the landmark kernel's diagonal, so duplicate landmarks stay factorable. */
const startingRidge = 1e-6

/**
 * Picks `count` training rows as landmarks (seeded, without replacement) and factors their
 * kernel matrix.
 * @param inputs - Training inputs, row-major.
 * @param dimension - Values per row.
 * @param options - Landmark count, kernel width and seed.
 * @returns The feature map.
 */
export function createNystroemMap(
  inputs: Float32Array,
  dimension: number,
  options: {count: number; gamma: number; seed: number},
): NystroemMap {
  const rowCount = Math.floor(inputs.length / dimension)
  const count = Math.min(options.count, rowCount)
  const chosen = randomPermutation(rowCount, createSeededRandom(options.seed))
    .slice(0, count)
    .sort()
  const values = new Float32Array(count * dimension)
  chosen.forEach((row, index) => {
    values.set(inputs.subarray(row * dimension, (row + 1) * dimension), index * dimension)
  })
  const landmarks = createKernelCentres(values, dimension, options.gamma)
  return {landmarks, factor: factorLandmarkKernel(landmarks)}
}

function factorLandmarkKernel(landmarks: KernelCentres): Float64Array {
  const {count} = landmarks
  const kernel = new Float64Array(count * count)
  const row = new Float64Array(count)
  for (let index = 0; index < count; index++) {
    kernelRow(landmarks, landmarks.values, index, row)
    kernel.set(row, index * count)
  }
  // Near-duplicate landmarks make the matrix singular; a larger ridge then keeps it factorable.
  for (let ridge = startingRidge; ridge < 1; ridge *= 10) {
    const factor = choleskyWithRidge(kernel, count, ridge)
    if (factor) return factor
  }
  throw new BugError('svmrouter could not factor the landmark kernel matrix.')
}

/** Cholesky factor of `matrix + ridge·I`, or null when a pivot is not positive. */
function choleskyWithRidge(matrix: Float64Array, size: number, ridge: number): Float64Array | null {
  const factor = new Float64Array(size * size)
  for (let row = 0; row < size; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = matrix[row * size + column]! + (row === column ? ridge : 0)
      for (let inner = 0; inner < column; inner++) {
        sum -= factor[row * size + inner]! * factor[column * size + inner]!
      }
      if (row === column) {
        if (!(sum > 0)) return null
        factor[row * size + row] = Math.sqrt(sum)
      } else {
        factor[row * size + column] = sum / factor[column * size + column]!
      }
    }
  }
  return factor
}

/**
 * Maps every input row to its Nyström features followed by a constant 1, the bias feature a
 * linear SVM regularises along with its weights (as LIBLINEAR's `-B 1` does).
 * @param map - The feature map.
 * @param inputs - Row-major inputs.
 * @returns Row-major features, `rows × (m + 1)`.
 */
export function nystroemFeatures(map: NystroemMap, inputs: Float32Array): Float32Array {
  const {count, dimension} = map.landmarks
  const rowCount = Math.floor(inputs.length / dimension)
  const width = count + 1
  const features = new Float32Array(rowCount * width)
  const kernel = new Float64Array(count)
  for (let row = 0; row < rowCount; row++) {
    kernelRow(map.landmarks, inputs, row, kernel)
    solveLower(map.factor, count, kernel)
    const offset = row * width
    for (let index = 0; index < count; index++) features[offset + index] = kernel[index]!
    features[offset + count] = 1
  }
  return features
}

/**
 * Folds linear weights over Nyström features back onto the landmarks: w·φ(x) = (L⁻ᵀ w)·k(x),
 * so routing needs only the kernel values, never the triangular solve.
 * @param map - The feature map.
 * @param weights - `m` weights (the bias weight excluded).
 * @returns One coefficient per landmark.
 */
export function foldOntoLandmarks(map: NystroemMap, weights: Float64Array): Float64Array {
  const {count} = map.landmarks
  const coefficients = Float64Array.from(weights.subarray(0, count))
  const {factor} = map
  for (let row = count - 1; row >= 0; row--) {
    let sum = coefficients[row]!
    for (let below = row + 1; below < count; below++) {
      sum -= factor[below * count + row]! * coefficients[below]!
    }
    coefficients[row] = sum / factor[row * count + row]!
  }
  return coefficients
}

/** Solves L z = b in place (forward substitution). */
function solveLower(factor: Float64Array, size: number, values: Float64Array): void {
  for (let row = 0; row < size; row++) {
    let sum = values[row]!
    const offset = row * size
    for (let column = 0; column < row; column++) sum -= factor[offset + column]! * values[column]!
    values[row] = sum / factor[offset + row]!
  }
}

/**
 * The transposed inverse of the Cholesky factor, (L⁻¹)ᵀ, row-major, so a batch of kernel rows
 * K maps to features K·(L⁻¹)ᵀ in one matrix product.
 * @param map - The feature map.
 * @returns `m × m` values in single precision.
 */
export function inverseFactorTransposed(map: NystroemMap): Float32Array {
  const {count} = map.landmarks
  const {factor} = map
  const inverse = new Float64Array(count * count)
  // Column j of L⁻¹ solves L z = e_j; it is zero above row j.
  for (let column = 0; column < count; column++) {
    inverse[column * count + column] = 1 / factor[column * count + column]!
    for (let row = column + 1; row < count; row++) {
      let sum = 0
      for (let inner = column; inner < row; inner++) {
        sum -= factor[row * count + inner]! * inverse[inner * count + column]!
      }
      inverse[row * count + column] = sum / factor[row * count + row]!
    }
  }
  const transposed = new Float32Array(count * count)
  for (let row = 0; row < count; row++) {
    for (let column = 0; column <= row; column++) {
      transposed[column * count + row] = inverse[row * count + column]!
    }
  }
  return transposed
}
