import type {CostModelParameters, OutputTokensSource} from './cost-model.js'
import type {CostSource} from './types.js'

/** Counts how `resolveCosts` costed cells and turns the counts into the report's one line. */
export class CostTally {
  missing = 0
  fitted = 0
  readonly outputSources = new Set<OutputTokensSource>()
  readonly unpricedModels = new Set<string>()

  private readonly parameters: CostModelParameters

  constructor(parameters: CostModelParameters) {
    this.parameters = parameters
  }

  /**
   * Builds the one-line description every report prints.
   * @param counts - Cells per cost source.
   * @returns The description.
   */
  describe(counts: Record<CostSource, number>): string {
    const parts: string[] = []
    if (counts.recorded) {
      parts.push(`recorded: the source's cost for ${cells(counts.recorded)}`)
    }
    if (counts.tokens) {
      parts.push(`tokens: list price × recorded tokens for ${cells(counts.tokens)}`)
    }
    if (counts.estimated) parts.push(this.describeEstimates(counts.estimated))
    if (counts.unpriced) {
      const names = [...this.unpricedModels]
      const shown =
        names.slice(0, 3).join(', ') + (names.length > 3 ? ` +${names.length - 3} more` : '')
      parts.push(`unpriced: no price, counted as $0, for ${cells(counts.unpriced)} (${shown})`)
    }
    if (this.missing) parts.push(`${cells(this.missing)} without an outcome skipped`)
    return parts.length > 0 ? parts.join('; ') : 'no cells to cost'
  }

  private describeEstimates(estimated: number): string {
    const priced = estimated - this.fitted
    const pieces: string[] = []
    if (priced > 0) {
      const {charsPerToken, defaultOutputTokens: fallback} = this.parameters
      const sources = this.outputSources
      const output = !sources.has('default')
        ? 'mean observed output tokens'
        : sources.size === 1
          ? `${fallback} output tokens`
          : `mean observed output tokens, else ${fallback}`
      const settings = `${charsPerToken} chars/token, ${output}`
      pieces.push(`list price × estimated tokens (${settings}) for ${cells(priced)}`)
    }
    if (this.fitted > 0) {
      pieces.push(`recorded costs fitted to query length for ${cells(this.fitted)}`)
    }
    return `estimated: ${pieces.join(', ')}`
  }
}

function cells(count: number): string {
  return count === 1 ? '1 cell' : `${count} cells`
}
