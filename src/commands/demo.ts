import {Flags} from '@oclif/core'

import {BaseCommand} from '../cli/base-command.js'
import {sharedFlags} from '../cli/shared-flags.js'
import {terminalWidth, useColor} from '../cli/terminal.js'
import {outputInfo, outputResult} from '../output.js'
import type {DemoResult} from '../services/demo/run-demo.js'

export default class Demo extends BaseCommand {
  static override summary =
    'Trains and evaluates knnrouter on a built-in simulated dataset, offline.'
  static override description = `Runs the whole job on data that ships with llmrouter: a few hundred queries of several task types, with outcomes simulated from published per-task accuracies and list prices of real models. It trains knnrouter, compares it with the baselines over a sweep of λ, and routes two example queries with an explanation. Needs no network and no API key.`
  static override examples = [
    {description: 'Run the demo.', command: '<%= config.bin %> <%= command.id %>'},
    {
      description: 'Get the numbers as JSON.',
      command: '<%= config.bin %> <%= command.id %> --json',
    },
  ]
  static override flags = {
    ...sharedFlags,
    bootstrap: Flags.integer({
      description: 'Sets how many bootstrap resamples give the 95% intervals (0 turns them off).',
      default: 500,
      min: 0,
    }),
  }
  static override enableJsonFlag = true

  async run(): Promise<DemoResult> {
    const {flags} = await this.parse(Demo)
    this.applyVerbosity(flags)
    const {runDemo} = await import('../services/demo/run-demo.js')
    const {formatDemoOutput} = await import('../services/demo/format-demo-output.js')
    const result = await runDemo({
      seed: flags.seed,
      bootstrapSamples: flags.bootstrap,
      onStage: (stage) => outputInfo(`llmrouter demo: ${stage}`),
    })
    if (!this.jsonEnabled()) {
      const color = useColor(flags['no-color'])
      outputResult(formatDemoOutput(result, {color, width: terminalWidth()}))
    }
    return result
  }
}
