import {mkdir, open, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'

import {LLMRouterError, UserError} from '../../errors/index.js'

const chunkSize = 1 << 20

/**
 * Writes a file so that readers only ever see the old file or the complete new one: the text
 * goes to `<file>.tmp-<pid>`, is flushed to disk, then renamed over `file`. When anything fails
 * (the disk, or the code producing the text), the temporary file is removed and `file` is left
 * as it was. Missing parent folders are created.
 * @param file - The target path.
 * @param pieces - The text, in pieces (lines, usually); produced lazily while writing.
 */
export async function writeFileAtomically(file: string, pieces: Iterable<string>): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`
  try {
    await mkdir(path.dirname(file), {recursive: true})
    const handle = await open(temporary, 'w')
    try {
      let buffer = ''
      for (const piece of pieces) {
        buffer += piece
        if (buffer.length >= chunkSize) {
          await handle.write(buffer)
          buffer = ''
        }
      }
      if (buffer) await handle.write(buffer)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
    if (LLMRouterError.isInstance(error)) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw new UserError(`Couldn't write "${file}": ${detail}.`, {
      code: 'DATA_WRITE_FAILED',
      suggestions: ['Choose an output folder you can write to, on a disk with free space.'],
      cause: error,
    })
  }
}
