/**
 * Counts the single-character edits (insert, delete, substitute, swap two neighbours) that turn
 * one word into another, ignoring case.
 * @param from - The word as typed.
 * @param to - A word it may have been meant to be.
 * @returns The optimal-string-alignment distance between the two words.
 */
export function editDistance(from: string, to: string): number {
  const a = from.toLowerCase()
  const b = to.toLowerCase()
  // Three rolling rows are enough: a swap looks two rows back.
  let beforePrevious: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, column) => column)
  for (let row = 1; row <= a.length; row++) {
    const current = [row]
    for (let column = 1; column <= b.length; column++) {
      const substitution = a[row - 1] === b[column - 1] ? 0 : 1
      let best = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + substitution,
      )
      const swapped = row > 1 && column > 1 && a[row - 1] === b[column - 2]
      if (swapped && a[row - 2] === b[column - 1]) {
        best = Math.min(best, (beforePrevious[column - 2] ?? 0) + 1)
      }
      current.push(best)
    }
    beforePrevious = previous
    previous = current
  }
  return previous[b.length] ?? 0
}

/**
 * Picks the known word a typo was most likely meant to be. A word qualifies when at most a
 * third of its letters need editing, so one-letter keys never get a guess.
 * @param typed - The word as typed.
 * @param known - The words that are allowed.
 * @returns The closest allowed word (the first one on ties), or undefined when none is close.
 */
export function closestKey(typed: string, known: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    const distance = editDistance(typed, candidate)
    const allowed = Math.floor(Math.max(typed.length, candidate.length) / 3)
    if (distance <= allowed && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
