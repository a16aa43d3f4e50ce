// Benchmarks of the trained routers on ../shared/data/llmrouter-dcrouter: prints each figure and its ratio
// to the target. Run with `npm run bench`; add `-- --quick` to embed 1,000 queries, not all, and
// `-- --router mlprouter,mfrouter` to bench only those routers.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'

import {fitCostModel} from '../src/data/cost-model.js'
import {loadRoutingDataset} from '../src/data/load-dataset.js'
import {createBuiltInEmbedder} from '../src/embeddings/index.js'
import {knnRouterDefinition} from '../src/routers/knn/index.js'
import {builtInRouters} from '../src/routers/registry.js'
import type {RouterQuery} from '../src/routers/spec/index.js'
import {fitRouter} from '../src/services/train/fit-router.js'

interface Figure {
  readonly name: string
  readonly value: number
  readonly unit: string
  /** The target, or null where it sets none (the figure is reported only). */
  readonly target: number | null
  /** `max`: lower is better and the target is a ceiling; `min`: higher is better. */
  readonly kind: 'max' | 'min'
}

const quick = process.argv.includes('--quick')
const onlyRouters = valueOf('--router')?.split(',')
/** Every built-in router that learns from data, or those named by --router. */
const benchedRouters = builtInRouters.filter((definition) =>
  onlyRouters ? onlyRouters.includes(definition.id) : definition.capabilities.trainable,
)
/** The issues' targets; a router without one gets the default. */
const trainingTargets: Record<string, number> = {mlprouter: 60, mfrouter: 60, svmrouter: 120}
const defaultTrainingTarget = 60
const routeTargets: Record<string, number> = {knnrouter: 0.5, graphrouter: 5}
const defaultRouteTarget = 1
const dataFolder = path.resolve('../shared/data/llmrouter-dcrouter')

async function main(): Promise<void> {
  const figures: Figure[] = []
  const dataset = await loadRoutingDataset({path: dataFolder})
  const test = dataset.test
  if (!test) throw new Error('llmrouter-dcrouter has no test split')
  const allTexts = [...dataset.train.queries, ...test.queries].map((query) => query.text)

  const embedder = await createBuiltInEmbedder()
  try {
    const texts = quick ? allTexts.slice(0, 1000) : allTexts
    const embedStarted = performance.now()
    // No cache here: the figure is the model's own throughput.
    const vectors = await embedder.embedMany(texts, {cacheDir: false})
    const embedSeconds = (performance.now() - embedStarted) / 1000
    figures.push({
      name: `embedding throughput, built-in model, ${texts.length} queries`,
      value: texts.length / embedSeconds,
      unit: 'queries/s',
      target: 50,
      kind: 'min',
    })

    const trainVectors = quick
      ? await embedder.embedMany(dataset.train.queries.map((query) => query.text))
      : vectors.slice(0, dataset.train.queries.length)
    const testVectors = quick
      ? await embedder.embedMany(test.queries.map((query) => query.text))
      : vectors.slice(dataset.train.queries.length)

    const cached: RouterQuery[] = test.queries.map((query, row) => ({
      text: query.text,
      embedding: testVectors[row],
    }))
    const costModel = fitCostModel(dataset.train)
    for (const definition of benchedRouters) {
      const trainStarted = performance.now()
      const {artifact} = await fitRouter({
        definition,
        matrix: dataset.train,
        hparam: {},
        seed: 42,
        costModel,
        embedder,
        embeddings: trainVectors,
      })
      const router = definition.create(artifact, {embedder, seed: 42})
      figures.push({
        name: `${definition.id}: training (embeddings cached) and loading`,
        value: (performance.now() - trainStarted) / 1000,
        unit: 's',
        target: trainingTargets[definition.id] ?? defaultTrainingTarget,
        kind: 'max',
      })
      const latencies = await timeEach(cached, (query) => router.route(query, {lambda: 0}))
      const routeTarget = routeTargets[definition.id] ?? defaultRouteTarget
      figures.push(
        percentileFigure(
          `${definition.id}: route one query, cached embedding, p50`,
          latencies,
          50,
          routeTarget,
        ),
      )
      figures.push(
        percentileFigure(
          `${definition.id}: route one query, cached embedding, p95`,
          latencies,
          95,
          routeTarget,
        ),
      )
      const batch = Array.from({length: 10_000}, (_, index) => cached[index % cached.length]!)
      const batchStarted = performance.now()
      await router.routeBatch(batch, {lambda: 0})
      figures.push({
        name: `${definition.id}: batch routing, cached embeddings, 10,000 queries`,
        value: batch.length / ((performance.now() - batchStarted) / 1000),
        unit: 'queries/s',
        target: definition.id === knnRouterDefinition.id ? 10_000 : null,
        kind: 'min',
      })
      if (definition.id === knnRouterDefinition.id) {
        const fiftyWordQueries = test.queries.slice(0, 100).map((query) => ({
          text: toFiftyWords(query.text),
        }))
        const fresh = await timeEach(fiftyWordQueries, (query) => router.route(query, {lambda: 0}))
        figures.push(
          percentileFigure(
            'knnrouter: route a 50-word query, built-in embedding, p50',
            fresh,
            50,
            30,
          ),
        )
        figures.push(
          percentileFigure(
            'knnrouter: route a 50-word query, built-in embedding, p95',
            fresh,
            95,
            30,
          ),
        )
      }
    }
  } finally {
    await embedder.close?.()
  }

  figures.push(measureColdStart())
  printFigures(figures)
}

function valueOf(flag: string): string | undefined {
  const index = process.argv.indexOf(flag)
  return index === -1 ? undefined : process.argv[index + 1]
}

async function timeEach<TItem>(
  items: readonly TItem[],
  run: (item: TItem) => Promise<unknown>,
): Promise<number[]> {
  // One warm-up call, so the JIT and any lazy loading are not counted.
  if (items[0] !== undefined) await run(items[0])
  const latencies: number[] = []
  for (const item of items) {
    const started = performance.now()
    await run(item)
    latencies.push(performance.now() - started)
  }
  return latencies
}

function percentileFigure(name: string, values: number[], percent: number, target: number): Figure {
  const sorted = [...values].sort((a, b) => a - b)
  const value =
    sorted[Math.min(sorted.length - 1, Math.floor((percent / 100) * sorted.length))] ?? 0
  return {name, value, unit: 'ms', target, kind: 'max'}
}

function toFiftyWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean)
  while (words.length < 50) words.push(...words.slice(0, 50 - words.length))
  return words.slice(0, 50).join(' ')
}

function measureColdStart(): Figure {
  const runner = path.resolve('bin/run.js')
  if (!existsSync(path.resolve('dist/commands'))) {
    throw new Error('Build first (npm run build): the cold start is measured on dist/.')
  }
  const times: number[] = []
  for (let run = 0; run < 7; run++) {
    const started = performance.now()
    const result = spawnSync(process.execPath, [runner, '--help'], {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(`llmrouter --help failed: ${result.stderr}`)
    times.push((performance.now() - started) / 1000)
  }
  times.sort((a, b) => a - b)
  return {
    name: 'llmrouter --help cold start (median of 7)',
    value: times[3] ?? 0,
    unit: 's',
    target: 0.5,
    kind: 'max',
  }
}

function printFigures(figures: readonly Figure[]): void {
  const nameWidth = Math.max(...figures.map((figure) => figure.name.length))
  console.log(
    `${'figure'.padEnd(nameWidth)}  ${'value'.padStart(12)}  ${'target'.padStart(12)}  ratio`,
  )
  for (const figure of figures) {
    const value = `${formatNumber(figure.value)} ${figure.unit}`
    if (figure.target === null) {
      console.log(
        `${figure.name.padEnd(nameWidth)}  ${value.padStart(12)}  ${'—'.padStart(12)}  no target`,
      )
      continue
    }
    const ratio =
      figure.kind === 'max' ? figure.target / figure.value : figure.value / figure.target
    const verdict = ratio >= 1 ? 'meets' : 'misses'
    const target = `${figure.kind === 'max' ? '≤' : '≥'} ${formatNumber(figure.target)} ${figure.unit}`
    console.log(
      `${figure.name.padEnd(nameWidth)}  ${value.padStart(12)}  ${target.padStart(12)}  ${ratio.toFixed(2)}× (${verdict})`,
    )
  }
}

function formatNumber(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3)
}

await main()
