import { z } from 'zod'

/** The review states a story may arrive in at the CMS: never published straight away. */
export const SEND_STATUSES = ['draft', 'pending'] as const
export type SendStatus = (typeof SEND_STATUSES)[number]

/** An http(s) address, as a CMS site or a post's edit page is. */
const webAddress = z
  .string()
  .max(2048)
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'must be an http or https address')

/**
 * A post the story was sent to, one per site: the next send to that site updates this post instead of making
 * a second one. Kept in the .copydesk file (no password: that stays in the operating system's store).
 */
export const sentPostSchema = z.strictObject({
  cms: z.literal('wordpress'),
  site: webAddress,
  postId: z.number().int().positive(),
  editLink: webAddress,
  at: z.iso.datetime({ offset: true })
})

export type SentPost = z.infer<typeof sentPostSchema>

/** A site address as it is compared and remembered: no trailing slash. */
export const siteKey = (site: string): string => site.trim().replace(/\/+$/, '')

/** The story's sent posts with `post` remembered as where it went on that site (replacing what was remembered there). */
export function rememberSentPost(sentTo: SentPost[], post: SentPost): SentPost[] {
  return [...sentTo.filter((sent) => !(sent.cms === post.cms && siteKey(sent.site) === siteKey(post.site))), post]
}
