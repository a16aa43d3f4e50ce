import {usageError} from '../errors/index.js'

/**
 * Parses a non-negative number given on the command line (`1500`, `2e3`).
 * @param text - What the user typed.
 * @param flag - The flag's name, for the message.
 * @param example - A value that makes sense for the flag, shown in the fix.
 * @returns The number.
 */
export function parseNonNegativeNumber(text: string, flag: string, example = '1000'): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw usageError(`${flag} takes a number ≥ 0, not "${text}".`, [
      `Write e.g. ${flag} ${example}.`,
    ])
  }
  return value
}
