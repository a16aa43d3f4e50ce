import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

import {DEMO_MODELS} from './demo-models.js'
import {randomFor} from './random.js'
import type {DemoRow} from './simulation.js'
import {isTestQuery, simulateRows} from './simulation.js'
import {TASKS} from './tasks.js'

function modelCards(): Record<string, Record<string, unknown>> {
  const simulation =
    'Simulated: outcomes, output tokens and costs in the llmrouter demo dataset are drawn from ' +
    "this card's published accuracies and list prices, not measured. See demo/SIMULATED.md."
  return Object.fromEntries(
    DEMO_MODELS.map((model) => [
      model.name,
      {
        input_price: model.inputPrice,
        output_price: model.outputPrice,
        size: model.size,
        description: model.description,
        price_source: model.priceSource,
        api_model: model.apiModel,
        simulated: true,
        simulation,
        published_accuracy: model.accuracy,
        accuracy_source: model.accuracySource,
      },
    ]),
  )
}

/** The files of the demo dataset, in the order they are written. */
export const DEMO_FILE_NAMES = ['llms.json', 'train.jsonl', 'test.jsonl'] as const

/** The three files of the demo dataset, as the exact text written to disk. */
export type DemoDataFiles = Readonly<Record<(typeof DEMO_FILE_NAMES)[number], string>>

/**
 * Generates the demo queries and simulates every model's outcome on them.
 * @returns The file contents, identical on every run.
 */
export function buildDemoData(): DemoDataFiles {
  const queries = TASKS.flatMap((task) =>
    task.generate(randomFor(`queries:${task.name}`)).map((draft, index) => ({
      id: `demo:${task.name}.${String(index + 1).padStart(3, '0')}`,
      task,
      draft,
    })),
  )
  const rows = simulateRows(queries)
  const toLines = (selected: readonly DemoRow[]): string =>
    selected.map((row) => `${JSON.stringify(row)}\n`).join('')
  return {
    'llms.json': `${JSON.stringify(modelCards(), null, 2)}\n`,
    'train.jsonl': toLines(rows.filter((row) => !isTestQuery(row.query_id))),
    'test.jsonl': toLines(rows.filter((row) => isTestQuery(row.query_id))),
  }
}

/**
 * Writes `llms.json`, `train.jsonl` and `test.jsonl` into a folder, creating it if needed.
 * @param outputDir - The folder to write into.
 * @returns The contents written.
 */
export function writeDemoData(outputDir: string): DemoDataFiles {
  const files = buildDemoData()
  mkdirSync(outputDir, {recursive: true})
  for (const name of DEMO_FILE_NAMES) writeFileSync(join(outputDir, name), files[name])
  return files
}
