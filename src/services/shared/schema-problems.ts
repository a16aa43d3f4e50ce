import type {z} from 'zod'

/**
 * Turns a zod error into `key: problem` phrases joined by semicolons.
 * @param error - The validation error.
 * @param prefix - Dotted path the keys sit under (`hparam`).
 * @returns One line naming every problem.
 */
export function formatSchemaProblems(error: z.ZodError, prefix: string): string {
  return error.issues
    .map((issue) => {
      const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.')
      const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : ''
      return `${key}: ${issue.message}${unknownKeys}`
    })
    .join('; ')
}
