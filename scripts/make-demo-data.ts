/**
 * Writes the simulated demo dataset that ships in `demo/data/` (see `demo/SIMULATED.md`).
 *
 * The queries are written for this project from templates with seeded slots; the prices and the
 * per-benchmark accuracies are the published figures listed in SIMULATED.md; every outcome
 * (performance, output tokens, cost) is simulated. Run it with
 * `node --import tsx scripts/make-demo-data.ts [--output DIR]`: the same seed gives byte-identical
 * files. The generator itself lives in `scripts/demo-data/`.
 */
import {join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

import {DEMO_FILE_NAMES, writeDemoData} from './demo-data/write-demo-data.js'

export type {DemoDataFiles} from './demo-data/write-demo-data.js'
export {buildDemoData, writeDemoData} from './demo-data/write-demo-data.js'

function main(): void {
  const outputFlag = process.argv.indexOf('--output')
  const outputDir =
    outputFlag === -1
      ? fileURLToPath(new URL('../demo/data/', import.meta.url))
      : resolve(process.argv[outputFlag + 1] ?? '.')
  const files = writeDemoData(outputDir)
  for (const name of DEMO_FILE_NAMES) {
    console.log(`${join(outputDir, name)}: ${Buffer.byteLength(files[name])} bytes`)
  }
}

const invokedPath = process.argv[1]
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  main()
}
