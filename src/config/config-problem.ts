import {UserError} from '../errors/index.js'

/** Source lines longer than this are cut around the problem so the caret stays on screen. */
const maxShownLineLength = 96

/** One thing wrong with a config file, at a position in it. */
export interface ConfigProblem {
  /** Dotted key the problem is about (`hparam.n_neighbors`); empty for a YAML syntax error. */
  readonly key: string
  /** What's wrong, then what's allowed, as a sentence without the key. */
  readonly message: string
  /** 1-based line of the spot. */
  readonly line: number
  /** 1-based column of the spot. */
  readonly column: number
}

/**
 * Thrown when a config file doesn't parse or doesn't match its schema. It lists every problem
 * found, not just the first, with code `CONFIG_INVALID`.
 */
export class RouterConfigError extends UserError {
  /** The config file as the caller named it. */
  readonly file: string
  /** Every problem, in the order they appear in the file. */
  readonly problems: readonly ConfigProblem[]

  /**
   * @param file - The config file as the caller named it, used in the message.
   * @param source - The file's text, to quote the lines that have problems.
   * @param problems - What's wrong, at least one.
   */
  constructor(file: string, source: string, problems: readonly ConfigProblem[]) {
    super(formatConfigProblems(file, source, problems), {code: 'CONFIG_INVALID', exitCode: 2})
    this.file = file
    this.problems = problems
  }
}

/**
 * Writes problems the way compilers do: one `file:line:column key: message` line per problem,
 * then the source line and a caret under the spot.
 * @param file - The config file as the caller named it.
 * @param source - The file's text.
 * @param problems - The problems, already in display order.
 * @returns The lines joined with newlines, without a trailing one.
 */
export function formatConfigProblems(
  file: string,
  source: string,
  problems: readonly ConfigProblem[],
): string {
  const lines = source.split(/\r?\n/)
  return problems
    .map((problem) => {
      const subject = problem.key === '' ? '' : `${problem.key}: `
      const heading = `${file}:${problem.line}:${problem.column} ${subject}${problem.message}`
      const [shown, caretAt] = cutLine(lines[problem.line - 1] ?? '', problem.column - 1)
      // Keep tabs in the padding so the caret lines up however the terminal expands them.
      const padding = shown.slice(0, caretAt).replace(/[^\t]/g, ' ')
      return `${heading}\n${`  ${shown}`.trimEnd()}\n  ${padding}^`
    })
    .join('\n')
}

function cutLine(line: string, index: number): [string, number] {
  if (line.length <= maxShownLineLength) return [line, index]
  const start = Math.max(0, Math.min(index - 40, line.length - maxShownLineLength))
  const end = start + maxShownLineLength
  const head = start > 0 ? '…' : ''
  const tail = end < line.length ? '…' : ''
  return [head + line.slice(start, end) + tail, index - start + head.length]
}
