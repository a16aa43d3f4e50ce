import {UserError} from '../../errors/index.js'
import type {ArtifactArray} from '../artifact/artifact-store.js'
import type {InductiveGraph, InductiveLayer} from './math/inductive-scores.js'

/** The sizes an artifact's arrays must match. */
export interface InductiveGraphShape {
  readonly hiddenDim: number
  readonly layers: number
  readonly modelCount: number
  readonly taskCount: number
}

/**
 * Reads the arrays `exportInductiveArrays` wrote, checking each one's length.
 * @param arrays - The artifact's arrays.
 * @param shape - Hidden width, layers, candidates and tasks the artifact was trained with.
 * @returns The graph as routing uses it.
 */
export function readInductiveGraph(
  arrays: Readonly<Record<string, ArtifactArray>>,
  shape: InductiveGraphShape,
): InductiveGraph {
  const {hiddenDim: hidden, modelCount, taskCount} = shape
  const array = (name: string, length?: number): Float32Array => {
    const values = arrays[name]
    if (!(values instanceof Float32Array)) throw invalidGraphArtifact(`it has no array "${name}"`)
    if (length !== undefined && values.length !== length) {
      throw invalidGraphArtifact(`"${name}" holds ${values.length} values, not ${length}`)
    }
    return values
  }
  const queryInput = array('query.input')
  const dimension = queryInput.length / hidden
  if (!Number.isInteger(dimension)) {
    throw invalidGraphArtifact('its input layer does not match hidden_dim')
  }
  const layers: InductiveLayer[] = []
  for (let layer = 1; layer <= shape.layers; layer++) {
    layers.push({
      querySelf: array(`layer${layer}.querySelf`, hidden * hidden),
      queryBias: array(`layer${layer}.queryBias`, hidden),
      modelMessages: array(`layer${layer}.modelMessages`, modelCount * hidden),
      modelCostMessages: array(`layer${layer}.modelCostMessages`, modelCount * hidden),
      taskMessages: array(`layer${layer}.taskMessages`, taskCount * hidden),
    })
  }
  return {
    dimension,
    hiddenDim: hidden,
    modelCount,
    taskCount,
    queryInput,
    queryInputBias: array('query.inputBias', hidden),
    layers,
    decoderQuery: array('decoder.query', hidden * hidden),
    decoderModelStates: array('decoder.modelStates', modelCount * hidden),
    decoderModelBias: array('decoder.modelBias', modelCount),
    decoderQueryWeight: array('decoder.queryWeight', hidden),
  }
}

/**
 * The error of an artifact graphrouter can't use.
 * @param reason - What's wrong, as a clause.
 * @returns The error, with what to do.
 */
export function invalidGraphArtifact(reason: string): UserError {
  return new UserError(`The graphrouter artifact is unusable: ${reason}.`, {
    code: 'ARTIFACT_INVALID',
    suggestions: ['Train it again with `llmrouter train --router graphrouter`.'],
  })
}
