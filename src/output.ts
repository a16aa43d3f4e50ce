import process from 'node:process'

/** How chatty stderr may be; results on stdout are never muted. */
export type Verbosity = 'quiet' | 'normal' | 'verbose'

let verbosity: Verbosity = 'normal'

/**
 * Sets how much goes to stderr; commands call it once from their flags.
 * @param level - `quiet` hides progress and info, `verbose` adds debug lines.
 */
export function setVerbosity(level: Verbosity): void {
  verbosity = level
}

/**
 * Writes a result to stdout; results are what a script pipes on.
 * @param text - The text, without a trailing newline.
 */
export function outputResult(text: string): void {
  process.stdout.write(`${text}\n`)
}

/**
 * Writes an informational line to stderr, unless quiet.
 * @param text - The line.
 */
export function outputInfo(text: string): void {
  if (verbosity !== 'quiet') process.stderr.write(`${text}\n`)
}

/**
 * Writes a scoped warning to stderr: `llmrouter warning (scope): message`.
 * @param scope - What the warning is about (`data`, `router knnrouter`).
 * @param message - What happened and what it means.
 */
export function outputWarning(scope: string, message: string): void {
  process.stderr.write(`llmrouter warning (${scope}): ${message}\n`)
}

/**
 * Writes a debug line to stderr, only with --verbose.
 * @param text - The line.
 */
export function outputDebug(text: string): void {
  if (verbosity === 'verbose') process.stderr.write(`${text}\n`)
}

/** A progress reporter that redraws one line on a TTY and prints sparse lines elsewhere. */
export interface ProgressReporter {
  update(done: number, total: number): void
  end(): void
}

/**
 * Creates a progress reporter for a long job on stderr.
 * @param label - What is progressing (`embedding 5,989 queries`).
 * @returns The reporter; `end` finishes the line.
 */
export function createProgress(label: string): ProgressReporter {
  const isTTY = process.stderr.isTTY === true
  let lastPrintedShare = -1
  let lastDraw = 0
  return {
    update(done, total) {
      if (verbosity === 'quiet') return
      const share = total === 0 ? 1 : done / total
      if (isTTY) {
        const now = Date.now()
        if (now - lastDraw < 80 && done < total) return
        lastDraw = now
        process.stderr.write(`\r${label}: ${done}/${total} (${Math.round(share * 100)}%)`)
        return
      }
      // Without a TTY, print at most every 25% so logs stay short.
      const quarter = Math.floor(share * 4)
      if (quarter > lastPrintedShare) {
        lastPrintedShare = quarter
        process.stderr.write(`${label}: ${done}/${total}\n`)
      }
    },
    end() {
      if (verbosity !== 'quiet' && isTTY) process.stderr.write('\n')
    },
  }
}
