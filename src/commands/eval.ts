import {Flags} from '@oclif/core'
import process from 'node:process'

import {BaseCommand} from '../cli/base-command.js'
import {parseNonNegativeNumber} from '../cli/parse-number.js'
import {configFlag, dataFlag, lambdaFlag, sharedFlags} from '../cli/shared-flags.js'
import {terminalWidth, useColor} from '../cli/terminal.js'
import {outputInfo, outputResult} from '../output.js'
import type {EvaluationResult} from '../services/eval/run-evaluation.js'

export default class Eval extends BaseCommand {
  static override summary =
    'Evaluates routers on a test split against oracle, best single and random.'
  static override description = `Trains each router on the training split, routes every test query, and reads the chosen model's recorded outcome. Scoring routers are swept over λ (willingness to pay), tracing a cost–quality curve. Gates such as --min-performance make the command exit 1, so a CI job fails on a regression.`
  static override examples = [
    {
      description: 'Compare knnrouter with the baselines on a dataset folder.',
      command:
        '<%= config.bin %> <%= command.id %> --router knnrouter,smallest_llm,largest_llm,randomrouter --data ../shared/data/llmrouter-dcrouter',
    },
    {
      description:
        'Fail a CI job unless knnrouter matches 95% of the best single model at half its cost.',
      command:
        '<%= config.bin %> <%= command.id %> --router knnrouter --data data/ --min-performance-vs-best 0.95 --max-cost-vs-best 0.5',
    },
  ]
  static override flags = {
    ...sharedFlags,
    router: Flags.string({
      char: 'r',
      description:
        'Routers to evaluate, comma-separated; `all` for every router; inline settings as knnrouter:n_neighbors=20.',
      env: 'LLMROUTER_ROUTER',
    }),
    config: configFlag,
    data: dataFlag,
    lambda: lambdaFlag,
    bootstrap: Flags.integer({
      description: 'Sets how many bootstrap resamples give the 95% intervals (0 turns them off).',
      env: 'LLMROUTER_BOOTSTRAP',
      default: 1000,
      min: 0,
    }),
    'by-task': Flags.boolean({
      description: 'Prints a per-task table for each router after the comparison.',
    }),
    csv: Flags.string({description: 'Writes one CSV row per router and λ to this file.'}),
    plot: Flags.string({description: 'Writes the cost–quality plot as SVG to this file.'}),
    'min-performance': Flags.string({
      description: 'Fails (exit 1) unless each router reaches this mean performance at some λ.',
      env: 'LLMROUTER_MIN_PERFORMANCE',
    }),
    'max-cost': Flags.string({
      description: 'Fails (exit 1) unless each router stays at or below this mean USD per query.',
      env: 'LLMROUTER_MAX_COST',
    }),
    'min-performance-vs-best': Flags.string({
      description: 'Like --min-performance, as a share of the best single model (0.95 = 95%).',
      env: 'LLMROUTER_MIN_PERFORMANCE_VS_BEST',
    }),
    'max-cost-vs-best': Flags.string({
      description: 'Like --max-cost, as a share of the best single model’s cost (0.5 = half).',
      env: 'LLMROUTER_MAX_COST_VS_BEST',
    }),
  }
  static override enableJsonFlag = true

  async run(): Promise<EvaluationResult> {
    const {flags} = await this.parse(Eval)
    this.applyVerbosity(flags)
    const {runEvaluation} = await import('../services/eval/run-evaluation.js')
    const {formatEvaluationOutput} = await import('../services/eval/format-evaluation-output.js')
    const result = await runEvaluation({
      routers: flags.router ?? '',
      dataPath: flags.data,
      configPath: flags.config,
      lambda:
        flags.lambda === undefined ? undefined : parseNonNegativeNumber(flags.lambda, '--lambda'),
      seed: flags.seed,
      bootstrapSamples: flags.bootstrap,
      csvPath: flags.csv,
      plotPath: flags.plot,
      gates: {
        minPerformance: parseOptionalNumber(flags['min-performance'], '--min-performance', '0.6'),
        maxCost: parseOptionalNumber(flags['max-cost'], '--max-cost', '0.0005'),
        minPerformanceVsBest: parseOptionalNumber(
          flags['min-performance-vs-best'],
          '--min-performance-vs-best',
          '0.95',
        ),
        maxCostVsBest: parseOptionalNumber(flags['max-cost-vs-best'], '--max-cost-vs-best', '0.5'),
      },
      onStage: (stage) => outputInfo(`llmrouter eval: ${stage}`),
    })
    if (!this.jsonEnabled()) {
      const color = useColor(flags['no-color'])
      outputResult(
        formatEvaluationOutput(result.report, {
          color,
          width: terminalWidth(),
          byTask: flags['by-task'],
        }),
      )
      for (const file of result.written) outputInfo(`Wrote ${file}`)
    }
    for (const failure of result.gateFailures) {
      process.stderr.write(`Gate failed: ${failure.reason}\n`)
    }
    if (result.gateFailures.length > 0) process.exitCode = 1
    return result
  }
}

function parseOptionalNumber(
  text: string | undefined,
  flag: string,
  example: string,
): number | undefined {
  return text === undefined ? undefined : parseNonNegativeNumber(text, flag, example)
}
