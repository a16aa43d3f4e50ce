import {formatEvaluationOutput} from '../eval/format-evaluation-output.js'
import {formatRouteResult} from '../route/format-decisions.js'
import type {DemoResult} from './run-demo.js'

/**
 * Lays out the demo: what the data is, the evaluation, then the two routed examples.
 * @param result - What `runDemo` returned.
 * @param options - Colours and width.
 * @returns The text to print.
 */
export function formatDemoOutput(
  result: DemoResult,
  options: {color: boolean; width: number},
): string {
  const {report} = result
  const intro = [
    'llmrouter demo (SIMULATED data: outcomes drawn from published per-task accuracies and',
    `list prices of real models; see demo/SIMULATED.md). ${report.queryCount} test queries,`,
    `${report.models.length} candidate models, tasks: ${report.tasks.join(', ')}.`,
  ].join('\n')
  const examples = result.examples.map((example) =>
    formatRouteResult({
      router: 'knnrouter',
      artifact: '',
      lambda: result.exampleLambda,
      decisions: [example],
      written: null,
    }),
  )
  return [
    intro,
    formatEvaluationOutput(report, options),
    `Two example queries, routed by knnrouter at λ = ${result.exampleLambda.toPrecision(3)}, ` +
      `its best point at half the cost of ${report.baselines.bestSingle.model} or less:`,
    ...examples,
    'Next: train on your own data with `llmrouter train`, see the README.',
  ].join('\n\n')
}
