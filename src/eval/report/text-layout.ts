/** Terminal styles the reports use. */
export type TextStyle = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan'

const styleCodes: Record<TextStyle, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
}

/**
 * Wraps text in ANSI escapes; pads before painting, since escapes have no width.
 * @param text - The text.
 * @param styles - Styles to apply, outermost first.
 * @param color - False returns the text unchanged.
 * @returns The painted text.
 */
export function paint(text: string, styles: readonly TextStyle[], color: boolean): string {
  if (!color || text === '') return text
  return styles.reduceRight((inner, style) => {
    const [open, close] = styleCodes[style]
    return `\u001B[${open}m${inner}\u001B[${close}m`
  }, text)
}

/**
 * Shortens text to a width, ending it with an ellipsis when cut.
 * @param text - The text; every character is taken as one column wide.
 * @param width - The widest result.
 * @returns The text, at most `width` characters.
 */
export function truncateText(text: string, width: number): string {
  if (text.length <= width) return text
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`
}

/** One column of a text table. */
export interface TextColumn {
  readonly header: string
  readonly width: number
  readonly align: 'left' | 'right'
}

/** One cell: its text and how to paint it. */
export interface TextCell {
  readonly text: string
  readonly styles?: readonly TextStyle[]
}

/**
 * Lays out rows under headers, two spaces between columns, trailing spaces trimmed.
 * @param columns - Column headers, widths and alignment.
 * @param rows - Cells per row, in column order; a string is an unstyled cell.
 * @param color - Whether to paint.
 * @returns Header, rule and rows, one string per line.
 */
export function layoutTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly (TextCell | string)[])[],
  color: boolean,
): string[] {
  const render = (cells: readonly (TextCell | string)[]) =>
    columns
      .map((column, index) => {
        const raw = cells[index] ?? ''
        const cell = typeof raw === 'string' ? {text: raw} : raw
        const text = truncateText(cell.text, column.width)
        const padded =
          column.align === 'left' ? text.padEnd(column.width) : text.padStart(column.width)
        return paint(padded, cell.styles ?? [], color)
      })
      .join('  ')
      .trimEnd()
  const header = paint(
    columns
      .map((column) =>
        column.align === 'left'
          ? column.header.padEnd(column.width)
          : column.header.padStart(column.width),
      )
      .join('  ')
      .trimEnd(),
    ['bold'],
    color,
  )
  const ruleWidth =
    columns.reduce((total, column) => total + column.width, 0) + 2 * (columns.length - 1)
  return [header, paint('─'.repeat(ruleWidth), ['dim'], color), ...rows.map(render)]
}

/**
 * Formats a performance with three decimals.
 * @param value - The performance.
 * @returns E.g. `0.712`.
 */
export function formatPerformance(value: number): string {
  return value.toFixed(3)
}

/**
 * Formats a signed difference of performance with three decimals.
 * @param value - The difference.
 * @returns E.g. `+0.012` or `-0.034`.
 */
export function formatPerformanceDelta(value: number): string {
  const rounded = Number(value.toFixed(3))
  return `${rounded >= 0 ? '+' : ''}${rounded.toFixed(3)}`
}

/**
 * Formats USD with three significant digits (two decimals from $1 up, none from $100).
 * @param value - Amount in USD.
 * @returns E.g. `$1.23`, `$0.0456`, `$1234`.
 */
export function formatUSD(value: number): string {
  if (value === 0) return '$0'
  if (Math.abs(value) >= 100) return `$${value.toFixed(0)}`
  if (Math.abs(value) >= 1) return `$${value.toFixed(2)}`
  return `$${value.toPrecision(3)}`
}

/**
 * Formats a share as a percentage; one decimal below 10%.
 * @param value - The share, 1 = 100%.
 * @returns E.g. `34%`, `4.5%`, `-120%`.
 */
export function formatPercent(value: number): string {
  const percent = value * 100
  return `${Math.abs(percent) < 10 ? percent.toFixed(1) : percent.toFixed(0)}%`
}

/**
 * Formats a λ compactly with three significant digits and k/M suffixes.
 * @param value - The λ.
 * @returns E.g. `0`, `0.25`, `120`, `1.5k`, `2.3M`.
 */
export function formatLambda(value: number): string {
  const compact = (scaled: number, suffix: string) => `${Number(scaled.toPrecision(3))}${suffix}`
  if (value >= 1e9) return value.toExponential(2)
  if (value >= 1e6) return compact(value / 1e6, 'M')
  if (value >= 1e3) return compact(value / 1e3, 'k')
  return compact(value, '')
}

/**
 * Formats a count that may be an expectation (the random baseline's missing picks).
 * @param value - The count.
 * @returns An integer, or one decimal when the count isn't whole.
 */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

/**
 * Breaks text into lines of at most `width` columns at spaces; a word longer than the width
 * gets a line of its own.
 * @param text - The text.
 * @param width - Widest line.
 * @returns The lines.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * Packs items into lines of at most `width` columns, three spaces apart, never splitting one.
 * @param items - The items, e.g. legend entries.
 * @param width - Widest line; an item longer than that gets a line of its own.
 * @returns The lines.
 */
export function packItems(items: readonly string[], width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const item of items) {
    if (line === '') line = item
    else if (line.length + 3 + item.length <= width) line = `${line}   ${item}`
    else {
      lines.push(line)
      line = item
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
