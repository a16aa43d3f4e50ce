import process from 'node:process'

/**
 * Tells whether to print colours: not when asked not to, not under NO_COLOR, not into a pipe.
 * @param noColorFlag - The value of --no-color.
 * @returns True when colours are welcome.
 */
export function useColor(noColorFlag: boolean): boolean {
  if (noColorFlag || process.env.NO_COLOR !== undefined) return false
  return process.stdout.isTTY === true
}

/**
 * The width to lay tables out in: the terminal's, else 100 columns.
 * @returns Columns.
 */
export function terminalWidth(): number {
  return Math.max(60, Math.min(process.stdout.columns || 100, 160))
}
