import {writeFileAtomically} from '../../data/writers/atomic-write.js'
import {formatEvaluationCSV} from '../../eval/report/format-evaluation-csv.js'
import {renderEvaluationSVG} from '../../eval/report/render-evaluation-svg.js'
import type {EvaluationReport} from '../../eval/types.js'
import {createRouterRegistry} from '../../routers/registry.js'
import {loadRunInputs} from '../shared/load-run-inputs.js'
import type {EvaluationGates, GateFailure} from './check-gates.js'
import {checkGates} from './check-gates.js'
import {evaluateRouterList} from './evaluate-router-list.js'

/** Options of `llmrouter eval`, free of flags. */
export interface RunEvaluationOptions {
  readonly routers: string
  readonly dataPath?: string
  readonly configPath?: string
  readonly lambda?: number
  readonly seed: number
  readonly bootstrapSamples: number
  readonly csvPath?: string
  readonly plotPath?: string
  readonly gates: EvaluationGates
  readonly onStage?: (stage: string) => void
}

/** What `llmrouter eval` returns. */
export interface EvaluationResult {
  readonly report: EvaluationReport
  readonly gateFailures: GateFailure[]
  /** Files written (CSV, SVG). */
  readonly written: string[]
}

/**
 * Runs a replay evaluation: loads data and settings, trains and routes every router, writes the
 * requested CSV and SVG, and checks the gates.
 * @param options - What to evaluate and where to write.
 * @returns The report, gate failures and written files.
 */
export async function runEvaluation(options: RunEvaluationOptions): Promise<EvaluationResult> {
  const registry = createRouterRegistry()
  const inputs = await loadRunInputs({
    registry,
    dataPath: options.dataPath,
    configPath: options.configPath,
    onStage: options.onStage,
  })
  try {
    const {report} = await evaluateRouterList({
      dataset: inputs.dataset,
      routers: options.routers,
      registry,
      hparams: inputs.hparams,
      lambda: options.lambda,
      seed: options.seed,
      bootstrapSamples: options.bootstrapSamples,
      getEmbedder: inputs.getEmbedder,
      costOptions: inputs.costOptions,
      labels: inputs.labels,
      onStage: options.onStage,
    })
    const written: string[] = []
    if (options.csvPath) {
      await writeFileAtomically(options.csvPath, [formatEvaluationCSV(report)])
      written.push(options.csvPath)
    }
    if (options.plotPath) {
      await writeFileAtomically(options.plotPath, [renderEvaluationSVG(report)])
      written.push(options.plotPath)
    }
    return {report, gateFailures: checkGates(report, options.gates), written}
  } finally {
    await inputs.close()
  }
}
