import { mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { articleDocumentSchema, type ArticleDocument } from '../shared/article/document'
import { idSchema } from '../shared/article/sources'
import type { RecoveredDraft } from '../shared/recoveredDraft'
import { MAX_ARTICLE_BYTES } from '../shared/article/fileFormat'
import { writeFileAtomic } from './atomicWrite'
import { decodeUtf8, readInputFile } from './inputFile'

/** A recovery copy holds one article and a few fields about it. */
const MAX_RECOVERY_BYTES = MAX_ARTICLE_BYTES + 64 * 1024

const recoveryFileSchema = z.strictObject({
  id: idSchema,
  savedAt: z.string(),
  /** The file the draft belongs to, when main had allowed writing to it. */
  path: z.string().nullable(),
  document: articleDocumentSchema
})

/**
 * Copies of unsaved drafts under the user-data folder, written atomically a moment after typing stops and
 * removed once the draft is saved or discarded. What is left on the next start was lost in a crash.
 */
export class RecoveryStore {
  constructor(private readonly folder: string) {}

  private file(id: string): string {
    return join(this.folder, `${idSchema.parse(id)}.json`)
  }

  async write(id: string, path: string | null, document: ArticleDocument, now = new Date()): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await writeFileAtomic(this.file(id), JSON.stringify({ id, savedAt: now.toISOString(), path, document }))
  }

  async discard(id: string): Promise<void> {
    await unlink(this.file(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }

  async read(id: string): Promise<z.infer<typeof recoveryFileSchema> | null> {
    try {
      // Through the input reader: a pipe or a link to a device in the folder is skipped, never waited on.
      const bytes = await readInputFile(this.file(id), MAX_RECOVERY_BYTES)
      const parsed = recoveryFileSchema.safeParse(JSON.parse(decodeUtf8(bytes)))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  /** Drafts left from earlier sessions, newest first. Damaged copies are skipped, not deleted. */
  async list(): Promise<RecoveredDraft[]> {
    const names = await readdir(this.folder).catch(() => [] as string[])
    const drafts: RecoveredDraft[] = []
    for (const name of names) {
      if (!name.endsWith('.json')) continue
      const draft = await this.read(name.slice(0, -5)).catch(() => null)
      if (draft) drafts.push({ id: draft.id, savedAt: draft.savedAt, title: draft.document.meta.headline || 'Untitled', path: draft.path })
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }
}
