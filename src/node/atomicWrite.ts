import { randomBytes } from 'node:crypto'
import { open, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Replaces a file's contents all at once: the data goes to a temporary file beside the target, is flushed to
 * disk, checked for length, and only then renamed over the target. A crash, a full disk or a size limit at
 * any point leaves the old file as it was.
 *
 * Why not the `atomically` package: on a full disk its single write() returns short without an error, and it
 * renames the truncated temp file over the target (reproduced with atomically 2.1.1 on a 64 KiB tmpfs:
 * "saved", 61,440 of 200,000 bytes). FileHandle.writeFile loops until every byte is written or throws.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await stat(target).then(
    (info) => info.mode & 0o777,
    () => 0o644
  )
  const handle = await open(temp, 'wx', mode)
  try {
    try {
      await handle.writeFile(bytes)
      await handle.sync()
      const written = (await handle.stat()).size
      if (written !== bytes.length) throw new Error(`only ${written} of ${bytes.length} bytes reached the disk`)
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
  await removeLeftovers(target)
}

/** Temp files a killed save left beside the target (a crashed process cannot clean up after itself). */
async function removeLeftovers(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`
  const names = await readdir(dirname(target)).catch(() => [] as string[])
  await Promise.all(
    names.filter((name) => name.startsWith(prefix) && /\.[0-9a-f]{12}\.tmp$/.test(name)).map((name) => unlink(join(dirname(target), name)).catch(() => undefined))
  )
}

/** Makes the rename itself durable. Not every platform can open a folder (Windows cannot); that is fine. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null)
  if (!handle) return
  await handle.sync().catch(() => undefined)
  await handle.close()
}
