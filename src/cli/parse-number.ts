import {usageError} from '../errors/index.js'

/**
 * Parses a non-negative number given on the command line (`1500`, `2e3`).
 * @param text - What the user typed.
 * @param flag - The flag's name, for the message.
 * @returns The number.
 */
export function parseNonNegativeNumber(text: string, flag: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw usageError(`${flag} takes a number ≥ 0, not "${text}".`, [`Write e.g. ${flag} 1000.`])
  }
  return value
}
