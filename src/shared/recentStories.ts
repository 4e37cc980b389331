import { z } from 'zod'

/** How many stories File ▸ Open Recent and the start screen remember. */
export const MOST_RECENT_STORIES = 10

/** A story opened or saved before, as the start screen and File ▸ Open Recent show it. */
export const recentStorySchema = z.strictObject({
  path: z.string().min(1),
  headline: z.string(),
  slug: z.string(),
  words: z.number().int().nonnegative(),
  /** When the file last changed (ISO 8601), as last seen. */
  modified: z.string(),
  /** The file is no longer where it was: moved, renamed or deleted. */
  missing: z.boolean()
})

export type RecentStory = z.infer<typeof recentStorySchema>
