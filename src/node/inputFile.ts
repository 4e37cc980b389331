import { constants, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { describeFsError } from './fsErrors'

/** Why a file was not read, as a phrase that follows "Could not import “story.txt”: ". */
export class UnreadableFileError extends Error {}

/**
 * Reads a file someone named — to import, analyse or open — and only a regular file. A FIFO would block the
 * read forever, and a device (a link to /dev/zero) never ends; both are refused, as are sockets and folders.
 * The kind and size come from the open handle, not the path, so what was checked is what is read; and the
 * size limit is enforced while reading too, for files that grow or report no size (/proc).
 */
export async function readInputFile(path: string, maxBytes: number): Promise<Buffer> {
  // Opening a FIFO for reading waits for a writer unless non-blocking; regular files ignore the flag.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UnreadableFileError(`it is not a file (it is ${kindOf(info)})`)
    if (info.size > maxBytes) throw tooLarge(maxBytes)
    return await readAtMost(handle, info.size, maxBytes)
  } finally {
    await handle.close()
  }
}

/** Text from a file's bytes, which must be UTF-8 (a byte order mark is dropped). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UnreadableFileError('it is not UTF-8 text')
  }
}

/** What went wrong reading a file, for the user: this module's refusals as they are, system errors in words. */
export function describeReadFailure(error: unknown): string {
  if (error instanceof UnreadableFileError) return error.message
  // A file being read names no folder that could be missing, unlike a save target.
  if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return 'the file does not exist'
  return describeFsError(error)
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder'
  if (info.isFIFO()) return 'a pipe'
  if (info.isSocket()) return 'a socket'
  return 'a device'
}

function tooLarge(maxBytes: number): UnreadableFileError {
  return new UnreadableFileError(`it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most Copydesk reads`)
}

/** Reads to the end, but never more than maxBytes + 1 bytes: the one byte more tells "too large" from "exactly full". */
async function readAtMost(handle: FileHandle, expectedBytes: number, maxBytes: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(expectedBytes, maxBytes) + 1)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(maxBytes)
      const grown = Buffer.allocUnsafe(Math.min(Math.max(length * 2, 64 * 1024), maxBytes + 1))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
    if (bytesRead === 0) return buffer.subarray(0, length)
    length += bytesRead
  }
}
