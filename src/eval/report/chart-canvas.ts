import {formatTick} from './plot-scale.js'
import type {PlotScale} from './plot-scale.js'
import {paint} from './text-layout.js'
import type {TextStyle} from './text-layout.js'

/** One character cell of a text plot. */
export interface CanvasCell {
  char: string
  style: TextStyle | null
  /** The cell holds a point's mark, which lines never cover. */
  marked: boolean
}

/** A grid of character cells, row 0 at the top. */
export interface Canvas {
  readonly rows: number
  readonly columns: number
  readonly cells: CanvasCell[][]
}

/** A cell position: row from the top, column from the left. */
export type CellPosition = readonly [row: number, column: number]

/** A point's mark and the cell it belongs in. */
export interface MarkPlacement {
  readonly char: string
  readonly style: TextStyle | null
  readonly at: CellPosition
}

// Where a mark whose cell is taken may go instead, nearest first, on the same row.
// Limitation: when all four are taken the mark isn't drawn, only listed in the legend's pairs.
const nudges = [1, -1, 2, -2]

/**
 * Makes an empty canvas.
 * @param rows - Rows of cells.
 * @param columns - Columns of cells.
 * @returns The canvas, every cell a space.
 */
export function createCanvas(rows: number, columns: number): Canvas {
  const cells = Array.from({length: rows}, () =>
    Array.from({length: columns}, (): CanvasCell => ({char: ' ', style: null, marked: false})),
  )
  return {rows, columns, cells}
}

/**
 * Draws a polyline through cell positions, one character per cell; it covers lines drawn
 * before it, never marks.
 * @param canvas - The canvas.
 * @param path - The vertices.
 * @param char - The line's character.
 * @param style - The line's style.
 */
export function drawCellPath(
  canvas: Canvas,
  path: readonly CellPosition[],
  char: string,
  style: TextStyle,
): void {
  for (let index = 1; index < path.length; index += 1) {
    const [fromRow, fromColumn] = path[index - 1] ?? [0, 0]
    const [toRow, toColumn] = path[index] ?? [0, 0]
    const steps = Math.max(1, Math.abs(toRow - fromRow), Math.abs(toColumn - fromColumn))
    for (let step = 0; step <= steps; step += 1) {
      const row = Math.round(fromRow + ((toRow - fromRow) * step) / steps)
      const column = Math.round(fromColumn + ((toColumn - fromColumn) * step) / steps)
      const cell = canvas.cells[row]?.[column]
      if (cell && !cell.marked) {
        cell.char = char
        cell.style = style
      }
    }
  }
}

function setMark(cell: CanvasCell, mark: MarkPlacement): void {
  cell.char = mark.char
  cell.style = mark.style
  cell.marked = true
}

/**
 * Places marks over the lines so that none hides another. First every mark takes its own cell,
 * in the order given, unless an earlier mark has it; then each mark that lost its cell moves
 * to the nearest free cell on its row, up to two columns away. A mark already shown in its
 * cell or next to it by the same character is skipped.
 * @param canvas - The canvas, lines already drawn.
 * @param marks - The marks, most important first (they keep their exact cells).
 * @returns Each displaced mark as `mark=owner` (e.g. `x=1`: x shares a cell with 1), once each.
 */
export function placeMarks(canvas: Canvas, marks: readonly MarkPlacement[]): string[] {
  const displaced: MarkPlacement[] = []
  for (const mark of marks) {
    const cell = canvas.cells[mark.at[0]]?.[mark.at[1]]
    if (!cell) continue
    if (!cell.marked) setMark(cell, mark)
    else if (cell.char !== mark.char) displaced.push(mark)
  }
  const shared = new Set<string>()
  for (const mark of displaced) {
    const [row, column] = mark.at
    const owner = canvas.cells[row]?.[column]?.char ?? ''
    shared.add(`${mark.char}=${owner}`)
    for (const nudge of nudges) {
      const cell = canvas.cells[row]?.[column + nudge]
      if (!cell) continue
      if (cell.marked && cell.char === mark.char) break
      if (!cell.marked) {
        setMark(cell, mark)
        break
      }
    }
  }
  return [...shared]
}

/**
 * Paints one canvas row, trailing spaces kept.
 * @param row - The row's cells.
 * @param color - Whether to paint.
 * @returns The row's text.
 */
export function renderCanvasRow(row: readonly CanvasCell[], color: boolean): string {
  let text = ''
  let run = ''
  let runStyle: TextStyle | null = null
  // Cells of one style are painted as one run, so a line costs one escape pair, not one a cell.
  for (const cell of [...row, null]) {
    if (cell && cell.style === runStyle) {
      run += cell.char
      continue
    }
    text += runStyle ? paint(run, [runStyle], color) : run
    run = cell?.char ?? ''
    runStyle = cell?.style ?? null
  }
  return text
}

/**
 * Draws a horizontal axis with a tick mark and a label per tick; labels that would overlap the
 * previous one are left out.
 * @param scale - The axis's scale.
 * @param columns - Width of the plot in columns.
 * @param options - Columns before the axis, its left corner character, and whether to paint.
 * @returns The axis line and the label line.
 */
export function formatHorizontalAxis(
  scale: PlotScale,
  columns: number,
  options: {readonly indent: number; readonly corner: string; readonly color: boolean},
): [string, string] {
  const axis = Array.from({length: columns}, () => '─')
  const labels = Array.from({length: columns}, () => ' ')
  let free = 0
  for (const tick of scale.ticks) {
    const column = Math.round(scale.project(tick) * (columns - 1))
    if (column < 0 || column >= columns) continue
    axis[column] = '┬'
    const label = formatTick(tick)
    const start = Math.max(
      0,
      Math.min(columns - label.length, column - Math.floor(label.length / 2)),
    )
    if (start < free) continue
    labels.splice(start, label.length, ...label)
    free = start + label.length + 1
  }
  const pad = ' '.repeat(options.indent)
  return [
    paint(`${pad}${options.corner}${axis.join('')}`, ['dim'], options.color),
    `${pad} ${labels.join('').trimEnd()}`,
  ]
}
