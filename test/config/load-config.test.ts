import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import {z} from 'zod'
import {
  createHparamSchemaTable,
  loadRouterConfig,
  parseRouterConfig,
  RouterConfigError,
} from '../../src/config/index.js'
import {LLMRouterError} from '../../src/errors/index.js'
import {builtInRouters} from '../../src/routers/registry.js'
import {knownRouterList} from '../support/known-routers.js'

const fixtures = relative(
  process.cwd(),
  fileURLToPath(new URL('../fixtures/config/', import.meta.url)),
)
const fixture = (scenario: string, name = 'knnrouter.yaml') => join(fixtures, scenario, name)
const hparamSchemas = createHparamSchemaTable(builtInRouters)

async function loadError(...args: Parameters<typeof loadRouterConfig>): Promise<RouterConfigError> {
  const error: unknown = await loadRouterConfig(...args).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof RouterConfigError))
    throw new Error(`expected a config error, got ${String(error)}`)
  return error
}

describe('loadRouterConfig', () => {
  let scratch: string

  beforeEach(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'llmrouter-config-'))
  })

  afterEach(async () => {
    await rm(scratch, {recursive: true, force: true})
  })

  test('points at a misspelt hparam key and suggests the known one', async () => {
    // Given
    const file = fixture('typo-key')

    // When
    const error = await loadError(file, {hparamSchemas})

    // Then
    expect(LLMRouterError.isInstance(error)).toBe(true)
    expect(error.code).toBe('CONFIG_INVALID')
    expect(error.message).toBe(
      [
        `${file}:8:3 hparam.n_neighbours: unknown key. Did you mean "n_neighbors"?`,
        '    n_neighbours: 7',
        '    ^',
      ].join('\n'),
    )
    expect(error.problems).toEqual([
      {
        key: 'hparam.n_neighbours',
        message: 'unknown key. Did you mean "n_neighbors"?',
        line: 8,
        column: 3,
      },
    ])
  })

  test('reports every YAML syntax error with its position and skips the schema', async () => {
    // .prettierignore lists the fixture, so Prettier's check of the repository skips it.
    const file = fixture('broken-syntax')

    const error = await loadError(file, {hparamSchemas})

    expect(error.code).toBe('CONFIG_INVALID')
    expect(error.message).toBe(
      [
        `${file}:6:3 YAML syntax: "n_neighbors" appears twice in one mapping; keep one.`,
        '    n_neighbors: 9',
        '    ^',
        `${file}:8:1 YAML syntax: flow sequence in block collection must be sufficiently` +
          ' indented and end with a ].',
        '  metric:',
        '  ^',
      ].join('\n'),
    )
  })

  test('reports problems from every section in one error, in file order', async () => {
    const file = fixture('several-problems')

    const error = await loadError(file, {stage: 'train', hparamSchemas})

    expect(error.problems.map(({key, line, column}) => `${line}:${column} ${key}`)).toEqual([
      '4:1 data_path',
      '8:16 hparam.n_neighbors',
      '9:12 hparam.weights',
      '12:13 embedding.provider',
      '15:20 cost.chars_per_token',
      '17:1 budget',
    ])
    expect(error.message.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:4:1 data_path: training reads llm_data with routing_data_train; add it, or set` +
        ' dataset_dir.',
      `${file}:8:16 hparam.n_neighbors: must be at least 1, got 0.`,
      `${file}:9:12 hparam.weights: "unifrom" isn't allowed. Allowed values: "uniform",` +
        ' "distance". Did you mean "uniform"?',
      `${file}:12:13 embedding.provider: "sentence-transformers" isn't allowed. Allowed values:` +
        ' "use-lite", "openai".',
      `${file}:15:20 cost.chars_per_token: expected a number, got "four".`,
      `${file}:17:1 budget: unknown key. Allowed keys: router, data_path, model_path, metric,` +
        ' hparam, api_endpoint, embedding, cost, seed, lambda.',
    ])
  })

  test('resolves relative paths against the config file folder and lists the path keys', async () => {
    const file = fixture('relative-paths')
    const folder = resolve(fixtures, 'relative-paths')

    const loaded = await loadRouterConfig(file, {hparamSchemas})

    expect(loaded.path).toBe(resolve(file))
    expect(loaded.dataPaths).toEqual({
      dataset_dir: join(folder, 'data/tiny'),
      llm_data: resolve(folder, '../shared/llms.json'),
    })
    expect(loaded.modelPaths).toEqual({
      save_model_path: resolve(folder, '../artifacts/knnrouter'),
      load_model_path: '/srv/llmrouter/artifacts/knnrouter',
    })
    expect(loaded.config.model_path.ini_model_path).toBe('')
    expect(loaded.config.embedding.cache_dir).toBe(join(folder, '.cache/embeddings'))
    expect(loaded.pathKeys).toEqual([
      'data_path.dataset_dir',
      'data_path.llm_data',
      'model_path.save_model_path',
      'model_path.load_model_path',
      'embedding.cache_dir',
    ])
  })

  test('reads a Python LLMRouter config, taking the router id from the file name', async () => {
    const loaded = await loadRouterConfig(fixture('python-layout'), {
      stage: 'train',
      hparamSchemas,
    })

    expect(loaded.routerId).toBe('knnrouter')
    expect(loaded.hparam).toEqual({
      n_neighbors: 3,
      weights: 'distance',
      algorithm: 'brute',
      leaf_size: 20,
      p: 2,
      metric: 'cosine',
      n_jobs: 4,
      label_mode: 'score',
      prior_strength: 1,
      index: 'auto',
    })
    expect(loaded.config.metric.weights).toEqual({performance: 1, cost: 0, llm_judge: 0})
    expect(loaded.config.api_endpoint).toBe('')
    expect(Object.keys(loaded.dataPaths)).toHaveLength(7)
  })

  test('rejects a Python config that asks knnrouter for Manhattan distance (p: 1)', async () => {
    const file = join(scratch, 'knnrouter.yaml')
    await writeFile(file, 'hparam:\n  p: 1\n')

    const error = await loadError(file, {hparamSchemas})

    expect(error.problems).toEqual([
      {key: 'hparam.p', message: "1 isn't allowed. Allowed values: 2.", line: 2, column: 6},
    ])
  })

  test('fills in defaults when optional sections are left out', async () => {
    const file = join(scratch, 'knnrouter.yaml')
    await writeFile(file, 'data_path:\n  dataset_dir: data\n')

    const loaded = await loadRouterConfig(file, {hparamSchemas})

    expect(loaded.hparam).toMatchObject({
      n_neighbors: 5,
      weights: 'uniform',
      metric: 'minkowski',
      n_jobs: -1,
      prior_strength: 1,
    })
    expect(loaded.config.embedding).toEqual({provider: 'use-lite'})
    // The cost model owns the token defaults, so the config leaves them unset.
    expect(loaded.config.cost).toStrictEqual({})
    expect(loaded.config.lambda).toBe(0)
    expect(loaded.stage).toBeUndefined()
  })

  test('names the known routers when the router key is unknown', async () => {
    const file = fixture('unknown-router', 'custom.yaml')

    const error = await loadError(file, {hparamSchemas})

    expect(error.message).toBe(
      [
        `${file}:2:9 router: "knnroutr" isn't a router with a config schema. Known routers:` +
          ` ${knownRouterList()}. Did you mean "knnrouter"?`,
        '  router: knnroutr',
        '          ^',
      ].join('\n'),
    )
  })

  test('rejects a router key that disagrees with the requested router', async () => {
    const error = await loadError(fixture('typo-key'), {routerId: 'randomrouter', hparamSchemas})

    expect(error.problems[0]).toMatchObject({key: 'router', line: 2, column: 9})
    expect(error.problems[0]?.message).toBe(
      'is "knnrouter", but the config is loaded for "randomrouter". Make them match, or remove' +
        ' the key.',
    )
  })

  test('throws ROUTER_UNKNOWN when the requested router has no schema', async () => {
    await expect(
      loadRouterConfig(fixture('python-layout'), {routerId: 'no_such_router', hparamSchemas}),
    ).rejects.toMatchObject({code: 'ROUTER_UNKNOWN'})
  })

  test('asks for a router key when neither the key nor the file name names one', async () => {
    const file = join(scratch, 'mine.yaml')
    await writeFile(file, 'hparam: {}\n')

    const error = await loadError(file, {hparamSchemas})

    expect(error.problems).toEqual([
      {
        key: 'router',
        message:
          'is missing, and the file name "mine" isn\'t a router id. Set it. Known routers:' +
          ` ${knownRouterList()}.`,
        line: 1,
        column: 1,
      },
    ])
  })

  test('asks test configs for the candidates', async () => {
    const file = join(scratch, 'smallest_llm.yaml')
    await writeFile(file, '# no data\ndata_path:\n  query_data_test: queries.jsonl\n')

    const error = await loadError(file, {stage: 'test', hparamSchemas})

    expect(error.problems).toEqual([
      {
        key: 'data_path',
        message: 'testing needs dataset_dir, or llm_data to know the candidates.',
        line: 2,
        column: 1,
      },
    ])
  })

  test('reports an empty file at its first line', async () => {
    const file = join(scratch, 'knnrouter.yaml')
    await writeFile(file, '')

    const error = await loadError(file, {hparamSchemas})

    expect(error.message).toBe(
      `${file}:1:1 the file has no settings; a router config maps sections to values.\n\n  ^`,
    )
  })

  test('places a missing required key at the section that should hold it', async () => {
    const table = createHparamSchemaTable()
    table.register('thresholdrouter', z.strictObject({threshold: z.number()}))
    const file = join(scratch, 'thresholdrouter.yaml')
    await writeFile(file, 'data_path:\n  dataset_dir: data\nhparam:\n  margin: 1\n')

    const error = await loadError(file, {hparamSchemas: table})

    expect(error.problems).toEqual([
      {key: 'hparam.threshold', message: "is missing, and it's required.", line: 3, column: 1},
      {
        key: 'hparam.margin',
        message: 'unknown key. Allowed keys: threshold.',
        line: 4,
        column: 3,
      },
    ])
  })

  test('checks hparam with a schema a plugin registered', async () => {
    const table = createHparamSchemaTable()
    table.register('thresholdrouter', z.strictObject({threshold: z.number().default(0.5)}), {
      aliases: ['ThresholdRouter2'],
    })
    const file = join(scratch, 'any.yaml')
    await writeFile(file, 'router: thresholdrouter2\nhparam:\n  threshold: 0.8\n')

    const loaded = await loadRouterConfig(file, {hparamSchemas: table})

    expect(loaded.routerId).toBe('thresholdrouter')
    expect(loaded.hparam).toEqual({threshold: 0.8})
  })

  test('throws CONFIG_NOT_FOUND for a missing file or a folder', async () => {
    const missing = join(scratch, 'nope.yaml')
    await mkdir(join(scratch, 'folder.yaml'))

    await expect(loadRouterConfig(missing, {hparamSchemas})).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
      message: `Config file ${missing} doesn't exist.`,
    })
    await expect(
      loadRouterConfig(join(scratch, 'folder.yaml'), {hparamSchemas}),
    ).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
      message: `Config file ${join(scratch, 'folder.yaml')} is a folder, not a YAML file.`,
    })
  })
})

describe('parseRouterConfig', () => {
  test('checks text without touching the disk', () => {
    const loaded = parseRouterConfig('router: oracle\ndata_path:\n  dataset_dir: d\n', {
      file: 'inline.yaml',
      baseDir: '/data',
      stage: 'train',
      hparamSchemas,
    })

    expect(loaded.routerId).toBe('oracle')
    expect(loaded.path).toBe('inline.yaml')
    expect(loaded.dataPaths).toEqual({dataset_dir: '/data/d'})
  })

  test('rejects any hparam key for a router whose hparam is empty', () => {
    expect(() =>
      parseRouterConfig('router: best_single\nhparam:\n  k: 3\n', {
        file: 'b.yaml',
        baseDir: '/',
        hparamSchemas,
      }),
    ).toThrow('b.yaml:3:3 hparam.k: unknown key; this section takes no keys.')
  })
})
