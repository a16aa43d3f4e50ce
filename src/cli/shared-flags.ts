import {Flags} from '@oclif/core'

/** Flags that mean the same thing in every command. */
export const sharedFlags = {
  verbose: Flags.boolean({
    description: 'Prints debug lines and full stack traces on stderr.',
    env: 'LLMROUTER_VERBOSE',
    exclusive: ['quiet'],
  }),
  quiet: Flags.boolean({
    description: 'Hides progress and informational lines; results and errors still print.',
    env: 'LLMROUTER_QUIET',
  }),
  'no-color': Flags.boolean({
    description: 'Prints without ANSI colours (also when NO_COLOR is set or stdout is no TTY).',
    env: 'LLMROUTER_NO_COLOR',
  }),
  seed: Flags.integer({
    description: 'Seeds every random choice, so two runs give the same result.',
    env: 'LLMROUTER_SEED',
    default: 42,
  }),
}

/** The flag that names a YAML config. */
export const configFlag = Flags.string({
  char: 'c',
  description: 'Reads settings from this YAML config (the Python LLMRouter layout).',
  env: 'LLMROUTER_CONFIG',
})

/** The flag that names a dataset folder. */
export const dataFlag = Flags.string({
  description:
    'Reads routing data from this folder (llms.json, train.jsonl, test.jsonl); overrides the config.',
  env: 'LLMROUTER_DATA',
})

/** Willingness to pay: quality points a user gives up per USD saved. */
export const lambdaFlag = Flags.string({
  description: 'Sets λ, the willingness to pay in quality per USD (0 = best quality at any cost).',
  env: 'LLMROUTER_LAMBDA',
})

/**
 * Builds the --output flag; each command says what it writes there.
 * @param description - What the command writes, as a full sentence.
 * @returns The flag.
 */
export function createOutputFlag(description: string) {
  return Flags.string({char: 'o', description})
}
