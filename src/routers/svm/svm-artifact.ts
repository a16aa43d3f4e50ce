import {UserError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import type {PlattCalibration} from '../mf/math/platt-calibration.js'
import type {KernelExpansion} from './math/kernel-expansion.js'
import type {ClassPair} from './math/one-vs-one.js'
import {createKernelCentres} from './math/rbf-kernel.js'
import type {SVMHparam} from './svm-config.js'

/** A trained svmrouter as routing reads it. */
export interface SVMModel {
  readonly expansion: KernelExpansion
  /** Per-model Platt scaling; present with `decision: utility`. */
  readonly calibration: PlattCalibration | null
  /** The classes and pairs of the one-vs-one vote; empty with `decision: utility`. */
  readonly classes: readonly number[]
  readonly pairs: readonly ClassPair[]
}

/**
 * Reads and checks the arrays and state `trainSVMRouter` stored.
 * @param artifact - The artifact.
 * @param hparam - Its validated hyper-parameters.
 * @returns The model.
 */
export function readSVMArtifact(artifact: Artifact, hparam: SVMHparam): SVMModel {
  const {arrays, manifest} = artifact
  const modelCount = manifest.candidates.length
  const state = manifest.state
  const dimension = Number(state.dimension)
  const gamma = Number(state.gamma)
  const centreCount = Number(state.centreCount)
  const {coefficients, intercepts, centres} = arrays
  if (!(coefficients instanceof Float64Array) || !(intercepts instanceof Float64Array)) {
    throw invalidArtifact('its coefficients or intercepts are missing')
  }
  if (!Number.isInteger(dimension) || dimension < 1 || !(gamma > 0)) {
    throw invalidArtifact('its state has no valid dimension or gamma')
  }
  const classes = readIntegers(state.classes)
  const pairs = readPairs(state.pairs)
  const outputCount = hparam.decision === 'utility' ? modelCount : pairs.length
  const termCount = hparam.kernel === 'rbf' ? centreCount : dimension
  if (intercepts.length !== outputCount || coefficients.length !== termCount * outputCount) {
    throw invalidArtifact('its coefficients do not match the candidates and landmarks')
  }
  if (
    hparam.kernel === 'rbf' &&
    (!(centres instanceof Float32Array) || centres.length !== centreCount * dimension)
  ) {
    throw invalidArtifact('its landmarks are missing or have the wrong size')
  }
  const expansion: KernelExpansion = {
    kernel: hparam.kernel,
    centres:
      centres instanceof Float32Array && hparam.kernel === 'rbf'
        ? createKernelCentres(centres, dimension, gamma)
        : null,
    dimension,
    coefficients,
    intercepts,
    outputCount,
  }
  return {expansion, calibration: readCalibration(artifact, hparam, modelCount), classes, pairs}
}

function readCalibration(
  artifact: Artifact,
  hparam: SVMHparam,
  modelCount: number,
): PlattCalibration | null {
  if (hparam.decision !== 'utility') return null
  const scale = artifact.arrays['calibration.scale']
  const offset = artifact.arrays['calibration.offset']
  if (
    !(scale instanceof Float32Array) ||
    !(offset instanceof Float32Array) ||
    scale.length !== modelCount ||
    offset.length !== modelCount
  ) {
    throw invalidArtifact('its Platt calibration is missing or does not match the candidates')
  }
  return {scale, offset}
}

function readIntegers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(Number).filter(Number.isInteger) : []
}

function readPairs(value: unknown): ClassPair[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((pair: unknown) => {
    const [first, second] = readIntegers(pair)
    return first === undefined || second === undefined ? [] : [[first, second] as const]
  })
}

function invalidArtifact(reason: string): UserError {
  return new UserError(`The svmrouter artifact is unusable: ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router svmrouter`.'],
  })
}
