import {readFile} from 'node:fs/promises'
import {basename, dirname, extname, resolve} from 'node:path'
import createDebug from 'debug'
import type {Document} from 'yaml'
import {LineCounter, parseDocument} from 'yaml'
import {z} from 'zod'
import {UserError} from '../errors/index.js'
import {closestKey} from './closest-key.js'
import type {ConfigProblem} from './config-problem.js'
import {RouterConfigError} from './config-problem.js'
import {describeIssues} from './describe-issues.js'
import type {HparamSchemaEntry, HparamSchemaTable} from './hparam-schemas.js'
import type {KeyedProblem} from './locate-in-yaml.js'
import {locateProblem} from './locate-in-yaml.js'
import type {ResolvedConfigPaths} from './resolve-config-paths.js'
import {resolveConfigPaths} from './resolve-config-paths.js'
import type {RouterStage} from './router-config-schema.js'
import {createRouterConfigSchema} from './router-config-schema.js'
import {checkStageData} from './stage-requirements.js'

const debug = createDebug('llmrouter:config')

/** Without a known router, `hparam` is taken as written so the other sections still get checked. */
const unknownRouterHparam = z.record(z.string(), z.unknown())

/** Options of {@link loadRouterConfig}. */
export interface LoadRouterConfigOptions {
  /** Also check that the data the stage needs is named; without it only the layout is checked. */
  readonly stage?: RouterStage
  /**
   * Router the config is for, as given on the command line. The config's own `router` key, then
   * the file name (`knnrouter.yaml`), are used when this is absent, as in the Python project.
   */
  readonly routerId?: string
  /** `hparam` schemas by router, built from the router registry by the caller. */
  readonly hparamSchemas: HparamSchemaTable
}

/** Options of {@link parseRouterConfig}. */
export interface ParseRouterConfigOptions extends LoadRouterConfigOptions {
  /** The file name shown in problems, as the user would type it. */
  readonly file: string
  /** Folder that relative paths in the config are resolved against. */
  readonly baseDir: string
}

/** A router config read from YAML, validated, with defaults filled in and paths made absolute. */
export interface LoadedRouterConfig extends ResolvedConfigPaths {
  /** Absolute path of the config file; for parsed text, the shown file name. */
  readonly path: string
  /** Id of the router the config was checked for, as registered (`knnrouter`). */
  readonly routerId: string
  /** Stage whose data needs were checked, if one was asked for. */
  readonly stage: RouterStage | undefined
  /** The router's validated `hparam`, defaults filled in; the same object as `config.hparam`. */
  readonly hparam: Readonly<Record<string, unknown>>
}

/**
 * Reads a router config in the Python LLMRouter's YAML layout plus llmrouter's own keys, and
 * checks it against the schema of its router. Relative paths are resolved against the config
 * file's folder.
 * @param path - The YAML file, as the user named it; problems quote it this way.
 * @param options - Stage, router id and the `hparam` schemas to check against.
 * @returns The validated config.
 * @throws {UserError} `CONFIG_NOT_FOUND` when the file can't be read.
 * @throws {RouterConfigError} `CONFIG_INVALID`, listing every problem found, with positions.
 */
export async function loadRouterConfig(
  path: string,
  options: LoadRouterConfigOptions,
): Promise<LoadedRouterConfig> {
  const absolutePath = resolve(path)
  const source = await readConfigFile(path, absolutePath)
  const loaded = parseRouterConfig(source, {...options, file: path, baseDir: dirname(absolutePath)})
  debug('loaded %s for %s (stage %s)', absolutePath, loaded.routerId, loaded.stage ?? 'any')
  return {...loaded, path: absolutePath}
}

/**
 * Checks router config text, as {@link loadRouterConfig} does for a file.
 * @param source - The YAML text.
 * @param options - Where the text came from, and what to check it for.
 * @returns The validated config.
 * @throws {RouterConfigError} `CONFIG_INVALID`, listing every problem found, with positions.
 */
export function parseRouterConfig(
  source: string,
  options: ParseRouterConfigOptions,
): LoadedRouterConfig {
  const lineCounter = new LineCounter()
  const document = parseDocument(source, {lineCounter, prettyErrors: false})
  // A document with syntax errors gives schema noise, so those are reported alone.
  if (document.errors.length > 0) {
    const problems = document.errors.map((error): ConfigProblem => {
      const {line, col} = lineCounter.linePos(error.pos[0])
      const repeated =
        error.code === 'DUPLICATE_KEY' && /^[\w.-]+(?=\s*:)/.exec(source.slice(error.pos[0]))
      const message = repeated
        ? `"${repeated[0]}" appears twice in one mapping; keep one.`
        : sentence(error.message)
      return {key: '', message: `YAML syntax: ${message}`, line, column: col}
    })
    throw new RouterConfigError(options.file, source, sortProblems(problems))
  }

  const input = documentValue(document, options.file, source)
  const table = options.hparamSchemas
  const {entry, problems: routerProblems} = findRouter(input, options, table)
  const schema = createRouterConfigSchema(entry?.schema ?? unknownRouterHparam)
  const result = schema.safeParse(input)
  const keyed: KeyedProblem[] = [
    ...routerProblems,
    ...(result.success ? [] : describeIssues(result.error.issues, input, schema)),
    ...(options.stage === undefined ? [] : checkStageData(input, options.stage)),
  ]
  if (keyed.length > 0 || !result.success || entry === undefined) {
    const problems = keyed.map((problem) => locateProblem(document, lineCounter, problem))
    throw new RouterConfigError(options.file, source, sortProblems(problems))
  }
  const resolved = resolveConfigPaths(result.data, options.baseDir)
  return {
    ...resolved,
    path: options.file,
    routerId: entry.routerId,
    stage: options.stage,
    hparam: resolved.config.hparam,
  }
}

function documentValue(document: Document, file: string, source: string): unknown {
  try {
    return document.toJS()
  } catch (error) {
    // yaml refuses documents whose aliases expand without bound ("billion laughs").
    const message = `YAML syntax: ${sentence(error instanceof Error ? error.message : String(error))}`
    throw new RouterConfigError(file, source, [{key: '', message, line: 1, column: 1}])
  }
}

async function readConfigFile(path: string, absolutePath: string): Promise<string> {
  try {
    return await readFile(absolutePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? "doesn't exist"
        : code === 'EISDIR'
          ? 'is a folder, not a YAML file'
          : `can't be read (${code ?? String(error)})`
    throw new UserError(`Config file ${path} ${reason}.`, {
      code: 'CONFIG_NOT_FOUND',
      cause: error,
      suggestions: ['Pass the path of a YAML file, such as configs/train/knnrouter.yaml.'],
    })
  }
}

interface FoundRouter {
  readonly entry: HparamSchemaEntry | undefined
  readonly problems: readonly KeyedProblem[]
}

function findRouter(
  input: unknown,
  options: ParseRouterConfigOptions,
  table: HparamSchemaTable,
): FoundRouter {
  const written = isRecord(input) && typeof input.router === 'string' ? input.router : undefined
  const known = table.routerIds()
  const listed = `Known routers: ${known.join(', ')}.`
  if (options.routerId !== undefined) {
    const entry = table.get(options.routerId)
    if (entry === undefined) {
      const guess = closestKey(options.routerId, known)
      throw new UserError(`Router "${options.routerId}" has no config schema. ${listed}`, {
        code: 'ROUTER_UNKNOWN',
        suggestions: guess === undefined ? [] : [`Did you mean "${guess}"?`],
      })
    }
    if (written !== undefined && table.get(written) !== entry) {
      const message = `is "${written}", but the config is loaded for "${options.routerId}". Make them match, or remove the key.`
      return {entry, problems: [{path: ['router'], target: 'value', message}]}
    }
    return {entry, problems: []}
  }
  if (written !== undefined) {
    const entry = table.get(written)
    if (entry !== undefined) return {entry, problems: []}
    const guess = closestKey(written, known)
    const hint = guess === undefined ? '' : ` Did you mean "${guess}"?`
    const message = `"${written}" isn't a router with a config schema. ${listed}${hint}`
    return {entry, problems: [{path: ['router'], target: 'value', message}]}
  }
  const stem = basename(options.file, extname(options.file))
  const entry = table.get(stem)
  if (entry !== undefined) return {entry, problems: []}
  const message = `is missing, and the file name "${stem}" isn't a router id. Set it. ${listed}`
  return {entry, problems: [{path: ['router'], target: 'key', message}]}
}

function sortProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const unique = new Map(problems.map((problem) => [JSON.stringify(problem), problem]))
  return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column)
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '')
  return `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}.`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
