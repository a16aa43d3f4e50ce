import {Args, Flags} from '@oclif/core'

import {BaseCommand} from '../cli/base-command.js'
import {parseNonNegativeNumber} from '../cli/parse-number.js'
import {configFlag, lambdaFlag, createOutputFlag, sharedFlags} from '../cli/shared-flags.js'
import {outputInfo, outputResult} from '../output.js'
import type {RouteResult} from '../services/route/route-queries.js'

export default class Route extends BaseCommand {
  static override summary =
    'Routes queries with a trained router and shows each candidate’s prediction.'
  static override description =
    'Also available as `llmrouter infer`, the name the Python LLMRouter uses.'
  static override hiddenAliases = ['infer']
  static override examples = [
    {
      description: 'Route one query with a trained knnrouter.',
      command:
        '<%= config.bin %> <%= command.id %> "What is 17 * 23?" --artifact artifacts/knnrouter',
    },
    {
      description: 'Route a file of queries at λ = 2000 and write the decisions.',
      command:
        '<%= config.bin %> <%= command.id %> --config configs/test/knnrouter.yaml --input queries.jsonl --output decisions.jsonl --lambda 2000',
    },
  ]
  static override strict = false
  static override args = {
    query: Args.string({description: 'A query to route; quote it. Several may follow.'}),
  }
  static override flags = {
    ...sharedFlags,
    artifact: Flags.string({
      char: 'a',
      description: 'Reads the router from this artifact folder (what `llmrouter train` wrote).',
      env: 'LLMROUTER_ARTIFACT',
    }),
    config: configFlag,
    input: Flags.string({
      char: 'i',
      description: 'Reads queries from a .txt (one per line), .json or .jsonl file.',
    }),
    output: createOutputFlag('Writes the decisions to this .json or .jsonl file (atomically).'),
    lambda: lambdaFlag,
  }
  static override enableJsonFlag = true

  async run(): Promise<RouteResult> {
    const {argv, flags} = await this.parse(Route)
    this.applyVerbosity(flags)
    const {routeQueries} = await import('../services/route/route-queries.js')
    const {formatRouteResult} = await import('../services/route/format-decisions.js')
    const result = await routeQueries({
      queries: argv.map(String),
      inputPath: flags.input,
      outputPath: flags.output,
      artifactPath: flags.artifact,
      configPath: flags.config,
      lambda:
        flags.lambda === undefined ? undefined : parseNonNegativeNumber(flags.lambda, '--lambda'),
      seed: flags.seed,
    })
    if (this.jsonEnabled()) return result
    if (result.written)
      outputInfo(`Wrote ${result.decisions.length} decisions to ${result.written}`)
    else outputResult(formatRouteResult(result))
    return result
  }
}
