import type {Random} from './random.js'

/** One doctest: the call arguments and the value it returns. */
export type CodeExample = readonly [readonly unknown[], unknown]

/** One function to write: its signature, docstring summary, reference body and doctests. */
export interface CodeVariant {
  readonly name: string
  readonly params: string
  readonly returns: string
  readonly summary: string
  /** The reference solution's body, indented by four spaces. */
  readonly body: string
  readonly base: number
  readonly examples: (random: Random) => readonly CodeExample[]
}

/** A template id with the related functions drawn from it. */
export type CodeSpec = readonly [string, readonly CodeVariant[]]

/** Renders a JavaScript value the way Python prints it. */
function toPython(value: unknown): string {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
  if (Array.isArray(value)) return `[${value.map(toPython).join(', ')}]`
  const entries = Object.entries(value as Record<string, unknown>)
  return `{${entries.map(([key, item]) => `${toPython(key)}: ${toPython(item)}`).join(', ')}}`
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  return [...lines, line]
}

/** The `def` line of a variant, shared by the prompt and the reference solution. */
export const signatureOf = (variant: CodeVariant): string =>
  `def ${variant.name}(${variant.params}) -> ${variant.returns}:`

/** Writes a HumanEval-style prompt: typing imports, signature and a docstring with doctests. */
export function renderCodePrompt(variant: CodeVariant, examples: readonly CodeExample[]): string {
  const signature = signatureOf(variant)
  const typing = ['Dict', 'List', 'Optional'].filter((name) => signature.includes(`${name}[`))
  const header = typing.length > 0 ? `from typing import ${typing.join(', ')}\n\n\n` : ''
  const summary = wrapWords(variant.summary, 84).map((line) => `    ${line}`)
  summary[0] = `    """${summary[0]!.trimStart()}`
  const doctests = examples.flatMap(([args, result]) => {
    const call = `${variant.name}(${args.map(toPython).join(', ')})`
    return result === null
      ? [`    >>> ${call} is None`, '    True']
      : [`    >>> ${call}`, `    ${toPython(result)}`]
  })
  return `${header}${signature}\n${summary.join('\n')}\n\n${doctests.join('\n')}\n    """\n`
}
