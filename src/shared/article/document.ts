import { z } from 'zod'
import { articleMetaSchema, emptyMeta, type ArticleMeta } from './meta'
import { bodySchema, emptyBody } from './body'
import { emptyReview, reviewSchema } from './review'
import { sentPostSchema } from './sentPosts'
import { sourceSchema } from './sources'

export const FILE_FORMAT = 'copydesk'
export const CURRENT_VERSION = 4
export const FILE_EXTENSION = 'copydesk'

/** An article as it lives in a .copydesk file and crosses IPC: metadata, sources, the ProseMirror body and its review. */
export const articleDocumentSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(CURRENT_VERSION),
  meta: articleMetaSchema,
  sources: z.array(sourceSchema).max(500).default([]),
  body: bodySchema,
  /** The editor's review (format version 2): statuses, provenance, the log and sign-off. */
  review: reviewSchema.default(emptyReview),
  /** The CMS posts the story was sent to, one per site (the next send updates them). */
  sentTo: z.array(sentPostSchema).max(50).default([])
})

export type ArticleDocument = z.infer<typeof articleDocumentSchema>

export function newArticle(meta: Partial<ArticleMeta> = {}): ArticleDocument {
  return { format: FILE_FORMAT, version: CURRENT_VERSION, meta: emptyMeta(meta), sources: [], body: emptyBody(), review: emptyReview(), sentTo: [] }
}
