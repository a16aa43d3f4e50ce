import {Flags} from '@oclif/core'

import {BaseCommand} from '../cli/base-command.js'
import {configFlag, dataFlag, createOutputFlag, sharedFlags} from '../cli/shared-flags.js'
import {outputInfo, outputResult} from '../output.js'
import type {TrainReport} from '../services/train/train-router.js'

export default class Train extends BaseCommand {
  static override summary = 'Trains a router on routing data and writes its artifact folder.'
  static override examples = [
    {
      description: 'Train knnrouter from its config.',
      command:
        '<%= config.bin %> <%= command.id %> --router knnrouter --config configs/train/knnrouter.yaml',
    },
    {
      description: 'Train on a dataset folder and write the artifact to artifacts/knn.',
      command:
        '<%= config.bin %> <%= command.id %> --router knnrouter --data ../shared/data/llmrouter-dcrouter --output artifacts/knn',
    },
  ]
  static override flags = {
    ...sharedFlags,
    router: Flags.string({
      char: 'r',
      description: 'Names the router to train (id or alias); the config’s router when absent.',
      env: 'LLMROUTER_ROUTER',
    }),
    config: configFlag,
    data: dataFlag,
    output: createOutputFlag(
      'Writes the artifact folder here (atomically); overrides model_path.save_model_path.',
    ),
  }
  static override enableJsonFlag = true

  async run(): Promise<TrainReport> {
    const {flags} = await this.parse(Train)
    this.applyVerbosity(flags)
    const {trainRouter} = await import('../services/train/train-router.js')
    const report = await trainRouter({
      router: flags.router,
      configPath: flags.config,
      dataPath: flags.data,
      outputPath: flags.output,
      seed: flags.seed,
      onStage: (stage) => outputInfo(`llmrouter train: ${stage}`),
    })
    if (!this.jsonEnabled()) {
      outputResult(
        `Trained ${report.router} on ${report.trainingQueries} queries of ${report.dataset} ` +
          `(${report.candidates.length} candidates) in ${report.seconds.toFixed(1)} s.\n` +
          `Artifact: ${report.artifact}`,
      )
    }
    return report
  }
}
