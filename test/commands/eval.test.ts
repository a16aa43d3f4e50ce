import {readFile} from 'node:fs/promises'
import path from 'node:path'

import {describe, expect, test} from 'vitest'

import {commandFixture, createTestSandbox, errorLines} from '../support/run-cli.js'
import {knownRouterList} from '../support/known-routers.js'

interface ReportPoint {
  lambda: number
  meanPerformance: number
  meanCost: number
}

interface EvaluationJson {
  report: {
    dataset: string
    models: string[]
    queryCount: number
    definitions: Record<string, unknown>
    baselines: {
      oracle: {meanPerformance: number}
      bestSingle: {model: string; meanPerformance: number}
      random: {meanPerformance: number}
    }
    routers: {router: string; scoring: boolean; points: ReportPoint[]}[]
  }
  gateFailures: unknown[]
}

const twoTopics = commandFixture('two-topics')
const threeRouters = ['knnrouter', 'smallest_llm', 'randomrouter']
// Gates read the same report for every router, so baselines check them without an embedding model.
const baselines = ['smallest_llm', 'randomrouter']

describe.concurrent('llmrouter eval', () => {
  test('prints the report with routers, baselines and λ points under --json', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout} = await sandbox.run([
      'eval',
      '--router',
      threeRouters.join(','),
      '--data',
      twoTopics,
      '--json',
    ])

    expect(exitCode).toBe(0)
    const {report, gateFailures} = JSON.parse(stdout) as EvaluationJson
    expect(gateFailures).toEqual([])
    expect(report).toMatchObject({
      dataset: 'two-topics',
      models: ['small-3b', 'medium-13b', 'large-70b'],
      queryCount: 6,
    })
    expect(Object.keys(report.definitions).length).toBeGreaterThan(0)
    expect(report.baselines.oracle.meanPerformance).toBe(1)
    expect(report.baselines.bestSingle).toMatchObject({model: 'large-70b'})
    expect(report.baselines.bestSingle.meanPerformance).toBeCloseTo(2 / 3)
    expect(report.baselines.random.meanPerformance).toBeCloseTo(5 / 9)
    expect(report.routers.map((router) => router.router)).toEqual(threeRouters)
    const [knn, smallest] = report.routers
    expect(knn?.scoring).toBe(true)
    expect(knn?.points.length).toBeGreaterThan(1)
    expect(knn?.points[0]).toMatchObject({lambda: 0, meanPerformance: 1})
    expect(smallest?.points).toEqual([expect.objectContaining({lambda: 0, meanPerformance: 0.5})])
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('writes the curve as --csv and the plot as --plot', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run([
      'eval',
      '--router',
      'knnrouter,smallest_llm',
      '--data',
      twoTopics,
      '--csv',
      'curve.csv',
      '--plot',
      'curve.svg',
    ])

    expect(exitCode).toBe(0)
    expect(stdout).toContain('Replay evaluation · two-topics · 6 queries · 3 models · 2 routers')
    expect(stderr).toContain('Wrote curve.csv\nWrote curve.svg\n')
    expect(await sandbox.listFiles()).toEqual(['curve.csv', 'curve.svg'])
    const csv = (await readFile(path.join(sandbox.cwd, 'curve.csv'), 'utf8')).trimEnd().split('\n')
    expect(csv[0]).toMatch(/^dataset,labels,kind,series,lambda,model,mean_performance,/)
    const series = csv.slice(1).map((row) => row.split(',')[3])
    expect(series.filter((name) => name === 'knnrouter').length).toBeGreaterThan(1)
    expect(series.filter((name) => name === 'smallest_llm')).toHaveLength(1)
    const svg = await readFile(path.join(sandbox.cwd, 'curve.svg'), 'utf8')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('knnrouter')
  })

  test('exits 1 with a "Gate failed:" line per router when no λ meets --min-performance', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout, stderr} = await sandbox.run([
      'eval',
      '--router',
      baselines.join(','),
      '--data',
      twoTopics,
      '--min-performance',
      '1.01',
      '--json',
    ])

    expect(exitCode).toBe(1)
    const gateLines = stderr.split('\n').filter((line) => line.startsWith('Gate failed:'))
    expect(gateLines.map((line) => line.split(' ')[2])).toEqual(baselines)
    expect(gateLines[0]).toMatch(
      /^Gate failed: smallest_llm has no λ with performance ≥ 1\.0100; its best .* is 0\.5000 /,
    )
    expect(errorLines(stderr)).toEqual([])
    expect((JSON.parse(stdout) as EvaluationJson).gateFailures).toHaveLength(2)
  })

  test('passes --min-performance-vs-best 0.5 with exit 0', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stderr} = await sandbox.run([
      'eval',
      '--router',
      baselines.join(','),
      '--data',
      twoTopics,
      '--min-performance-vs-best',
      '0.5',
      '--quiet',
    ])

    expect(stderr).not.toContain('Gate failed:')
    expect(exitCode).toBe(0)
  })

  test('exits 2 on an unknown router with the error as JSON under --json', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stdout} = await sandbox.run([
      'eval',
      '--router',
      'knnrouterr,smallest_llm',
      '--data',
      twoTopics,
      '--json',
    ])

    expect(exitCode).toBe(2)
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'ROUTER_UNKNOWN',
        message: `Router "knnrouterr" isn't registered. Known routers: ${knownRouterList()}.`,
        suggestions: ['Run `llmrouter routers` to see each with its family and capabilities.'],
      },
    })
  })

  test('exits 2 on a bad inline setting before it embeds any query', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stderr} = await sandbox.run([
      'eval',
      '--router',
      'knnrouter,svmrouter:kernel=poly',
      '--data',
      twoTopics,
    ])

    expect(exitCode).toBe(2)
    expect(errorLines(stderr)).toEqual([
      expect.stringMatching(/^Error: Invalid hyper-parameters for svmrouter: hparam\.kernel: /),
    ])
    expect(stderr).not.toMatch(/embedding/)
  })

  test('exits 1 on broken data and writes neither --csv nor --plot', async (context) => {
    const sandbox = await createTestSandbox(context)
    const data = commandFixture('broken-line')

    const {exitCode, stdout, stderr} = await sandbox.run([
      'eval',
      '--router',
      'smallest_llm',
      '--data',
      data,
      '--csv',
      'curve.csv',
      '--plot',
      'curve.svg',
    ])

    expect(exitCode).toBe(1)
    expect(stdout).toBe('')
    expect(errorLines(stderr)).toEqual([
      expect.stringMatching(/^Error: .*broken-line\/train\.jsonl:5: the line isn't valid JSON/),
    ])
    expect(await sandbox.listFiles()).toEqual([])
  })

  test('exits 2 on a --min-performance that is not a number', async (context) => {
    const sandbox = await createTestSandbox(context)

    const {exitCode, stderr} = await sandbox.run([
      'eval',
      '--router',
      'smallest_llm',
      '--data',
      twoTopics,
      '--min-performance',
      'high',
    ])

    expect(exitCode).toBe(2)
    expect(errorLines(stderr)).toEqual([
      expect.stringMatching(/^Error: --min-performance takes a number ≥ 0, not "high"\. Write /),
    ])
  })
})
