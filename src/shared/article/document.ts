import { z } from 'zod'
import { articleMetaSchema, emptyMeta, type ArticleMeta } from './meta'
import { bodySchema, emptyBody } from './body'
import { sourceSchema } from './sources'

export const FILE_FORMAT = 'copydesk'
export const CURRENT_VERSION = 1
export const FILE_EXTENSION = 'copydesk'

/** An article as it lives in a .copydesk file and crosses IPC: metadata plus the ProseMirror body. */
export const articleDocumentSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  version: z.literal(CURRENT_VERSION),
  meta: articleMetaSchema,
  sources: z.array(sourceSchema).max(500).default([]),
  body: bodySchema
})

export type ArticleDocument = z.infer<typeof articleDocumentSchema>

export function newArticle(meta: Partial<ArticleMeta> = {}): ArticleDocument {
  return { format: FILE_FORMAT, version: CURRENT_VERSION, meta: emptyMeta(meta), sources: [], body: emptyBody() }
}
