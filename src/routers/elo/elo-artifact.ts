import {UserError} from '../../errors/index.js'
import type {Artifact} from '../artifact/artifact-store.js'
import type {ScoreCalibration} from './math/rating-estimates.js'

/** The small state `trainEloRouter` keeps in `router.json`. */
export interface EloState {
  /** Global Elo ratings, in candidate order. */
  readonly ratings: readonly number[]
  readonly calibration: ScoreCalibration
  /** Mean over training queries of each query's mean outcome. */
  readonly fieldMean: number
}

/**
 * Reads and checks elorouter's state from an artifact.
 * @param artifact - What `trainEloRouter` stored.
 * @returns The state.
 */
export function readEloState(artifact: Artifact): EloState {
  const {state, candidates} = artifact.manifest
  const ratings = Array.isArray(state.ratings) ? state.ratings.map(Number) : []
  const calibration = state.calibration as Partial<ScoreCalibration> | undefined
  const level = Number(calibration?.level)
  const slope = Number(calibration?.slope)
  const fieldMean = Number(state.fieldMean)
  const valid =
    ratings.length === candidates.length &&
    ratings.every(Number.isFinite) &&
    Number.isFinite(level) &&
    Number.isFinite(slope) &&
    Number.isFinite(fieldMean)
  if (!valid) throw invalidArtifact('its ratings or calibration are missing or malformed')
  return {ratings, calibration: {level, slope}, fieldMean}
}

/**
 * Reads the training outcomes that similarity mode rates neighbours from.
 * @param artifact - What `trainEloRouter` stored.
 * @returns Outcomes, row-major by training query.
 */
export function readTrainingOutcomes(artifact: Artifact): Float32Array {
  const {performance} = artifact.arrays
  if (!(performance instanceof Float32Array)) {
    throw invalidArtifact('it lacks the training outcomes similarity mode needs')
  }
  return performance
}

function invalidArtifact(problem: string): UserError {
  return new UserError(`The elorouter artifact is unusable: ${problem}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router elorouter`.'],
  })
}
