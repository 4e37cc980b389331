import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { articleDocumentSchema, type ArticleDocument } from '../shared/article/document'
import { idSchema } from '../shared/article/sources'
import type { RecoveredDraft } from '../shared/recoveredDraft'
import { writeFileAtomic } from './atomicWrite'

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
      const parsed = recoveryFileSchema.safeParse(JSON.parse(await readFile(this.file(id), 'utf8')))
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
