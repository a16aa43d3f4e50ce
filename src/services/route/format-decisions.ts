import type {RouteResult, RoutedQuery} from './route-queries.js'

/**
 * Formats routing results for the terminal: one query gets the pick, the reason and every
 * candidate's prediction; many queries get one line each.
 *
 *     Query: What is the capital of France?
 *     Pick:  gemma-2-9b-it (λ = 0)
 *     Why:   5 nearest training queries predict 80% for gemma-2-9b-it at $1.2e-5.
 *
 *       MODEL                PREDICTED   COST/QUERY   UTILITY
 *     ▸ gemma-2-9b-it            0.800   $0.0000120     0.800
 *       llama-3.1-8b-instruct    0.600   $0.0000240     0.600
 *
 * @param result - What `routeQueries` returned.
 * @returns The text to print.
 */
export function formatRouteResult(result: RouteResult): string {
  if (result.decisions.length === 1 && result.decisions[0]) {
    return formatOneDecision(result.decisions[0], result.lambda)
  }
  return result.decisions
    .map((decision) => `${decision.model}\t${oneLine(decision.query)}`)
    .join('\n')
}

function formatOneDecision(decision: RoutedQuery, lambda: number): string {
  const lines = [
    `Query: ${oneLine(decision.query)}`,
    `Pick:  ${decision.model} (λ = ${formatLambda(lambda)})`,
  ]
  if (decision.reason) lines.push(`Why:   ${decision.reason}`)
  const scores = decision.scores ?? []
  if (scores.length > 0) {
    const nameWidth = Math.max(5, ...scores.map((score) => score.model.length))
    lines.push('', `  ${'MODEL'.padEnd(nameWidth)}  PREDICTED  COST/QUERY    UTILITY`)
    for (const score of scores) {
      const marker = score.model === decision.model ? '▸' : ' '
      lines.push(
        `${marker} ${score.model.padEnd(nameWidth)}  ${score.performance.toFixed(3).padStart(9)}  ` +
          `${formatUSD(score.cost).padStart(10)}  ${score.utility.toFixed(3).padStart(9)}`,
      )
    }
  }
  return lines.join('\n')
}

function formatUSD(value: number): string {
  return value === 0 ? '$0' : `$${value < 0.01 ? value.toExponential(2) : value.toFixed(4)}`
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat
}

function formatLambda(lambda: number): string {
  return Number.isInteger(lambda) ? String(lambda) : lambda.toPrecision(3)
}
