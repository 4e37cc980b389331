import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { z } from 'zod'
import type { ArticleDocument } from '../shared/article/document'
import { bodyText, countWords } from '../shared/article/stats'
import { MOST_RECENT_STORIES, recentStorySchema, type RecentStory } from '../shared/recentStories'
import { writeFileAtomic } from './atomicWrite'

const storedSchema = z.object({ stories: z.array(recentStorySchema.omit({ missing: true })) })
type Stored = Omit<RecentStory, 'missing'>

/**
 * The stories opened or saved lately (recent.json in the app's user data), newest first, with what the start
 * screen shows of each. It is a convenience, never the user's work: an unreadable list starts again empty, and a
 * list that cannot be written is only not remembered. Main opens a path from it only if the path is on it.
 */
export class RecentStories {
  private stories: Stored[] | null = null

  constructor(private readonly file: string) {}

  /** The list, each story checked on disk: a file that moved or vanished is marked, not dropped. */
  async list(): Promise<RecentStory[]> {
    const stories = await this.load()
    return Promise.all(
      stories.map(async (story) => {
        const found = await stat(story.path).catch(() => null)
        return { ...story, modified: found?.mtime.toISOString() ?? story.modified, missing: !found?.isFile() }
      })
    )
  }

  /** Puts a story opened or saved at the top, with its headline, slug and length as they are now. */
  async remember(path: string, document: ArticleDocument): Promise<void> {
    const full = resolve(path)
    const modified = (await stat(full).catch(() => null))?.mtime.toISOString() ?? new Date().toISOString()
    const entry: Stored = { path: full, headline: document.meta.headline, slug: document.meta.slug, words: countWords(bodyText(document.body)), modified }
    const stories = (await this.load()).filter((story) => story.path !== full)
    await this.store([entry, ...stories].slice(0, MOST_RECENT_STORIES))
  }

  /**
   * Puts a file the operating system handed over (a double click, a second launch) at the top, unread: opening it
   * from the list reads it, and says what is wrong if it cannot be read.
   */
  async admit(path: string): Promise<void> {
    const full = resolve(path)
    const stories = await this.load()
    const known = stories.find((story) => story.path === full) ?? { path: full, headline: '', slug: '', words: 0, modified: new Date().toISOString() }
    await this.store([known, ...stories.filter((story) => story !== known)].slice(0, MOST_RECENT_STORIES))
  }

  async forget(path: string): Promise<void> {
    await this.store((await this.load()).filter((story) => story.path !== resolve(path)))
  }

  async clear(): Promise<void> {
    await this.store([])
  }

  /**
   * The story on the list that a file dropped on the window is, by its name and exact contents: then it opens in
   * place. The page hands over only a name and bytes, never a path, so it gains no file it could not open already.
   */
  async withContent(name: string, bytes: Uint8Array): Promise<string | null> {
    for (const story of await this.load()) {
      if (basename(story.path) !== name) continue
      const onDisk = await readFile(story.path).catch(() => null)
      if (onDisk && Buffer.compare(onDisk, bytes) === 0) return story.path
    }
    return null
  }

  private async load(): Promise<Stored[]> {
    if (this.stories) return this.stories
    const text = await readFile(this.file, 'utf8').catch(() => null)
    this.stories = (text === null ? null : parseStories(text)) ?? []
    return this.stories
  }

  private async store(stories: Stored[]): Promise<void> {
    this.stories = stories
    await writeFileAtomic(this.file, `${JSON.stringify({ stories }, null, 2)}\n`).catch(() => undefined)
  }
}

/** The stories in a recent.json, or null when it is not one (damaged, or from something else). */
function parseStories(text: string): Stored[] | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data.stories.slice(0, MOST_RECENT_STORIES) : null
  } catch {
    return null
  }
}
