import type {KernelCentres} from './rbf-kernel.js'
import {kernelRow} from './rbf-kernel.js'

/**
 * What routing evaluates: f_o(x) = Σ_j coefficient[j, o] · k(x, centre_j) + intercept_o for an
 * RBF kernel, or f_o(x) = Σ_d coefficient[d, o] · x_d + intercept_o for a linear one, with one
 * output o per model (or per pair of models for the one-vs-one vote).
 */
export interface KernelExpansion {
  readonly kernel: 'rbf' | 'linear'
  /** The RBF centres (Nyström landmarks); null for the linear kernel. */
  readonly centres: KernelCentres | null
  /** Length of the query embedding. */
  readonly dimension: number
  /** Row-major `terms × outputs`; terms are centres (RBF) or embedding values (linear). */
  readonly coefficients: Float64Array
  readonly intercepts: Float64Array
  readonly outputCount: number
}

/**
 * Evaluates every output for a batch of embeddings.
 * @param expansion - The trained expansion.
 * @param inputs - Row-major embeddings.
 * @param rowCount - How many.
 * @returns `rowCount × outputCount` decision values, row-major.
 */
export function decisionValues(
  expansion: KernelExpansion,
  inputs: Float32Array,
  rowCount: number,
): Float64Array {
  const {coefficients, intercepts, outputCount, centres} = expansion
  const values = new Float64Array(rowCount * outputCount)
  const termCount = centres ? centres.count : expansion.dimension
  const terms = new Float64Array(termCount)
  for (let row = 0; row < rowCount; row++) {
    if (centres) kernelRow(centres, inputs, row, terms)
    else terms.set(inputs.subarray(row * termCount, (row + 1) * termCount))
    const offset = row * outputCount
    for (let output = 0; output < outputCount; output++)
      values[offset + output] = intercepts[output]!
    for (let term = 0; term < termCount; term++) {
      const value = terms[term]!
      const base = term * outputCount
      for (let output = 0; output < outputCount; output++) {
        values[offset + output]! += value * coefficients[base + output]!
      }
    }
  }
  return values
}
