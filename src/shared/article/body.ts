import { z } from 'zod'
import { isSafeLinkHref } from './links'
import { idSchema } from './sources'

/**
 * The rich-text body: ProseMirror JSON restricted to the nodes and marks Copydesk's editor knows.
 * A file or IPC payload carrying anything else is refused rather than passed to the editor, so an opened
 * file can never smuggle unknown node types, attributes or unsafe links into the document.
 */

export const BODY_NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'hardBreak'
] as const

export const BODY_MARK_TYPES = ['bold', 'italic', 'link', 'quote', 'attribution'] as const
export const QUOTE_KINDS = ['direct', 'partial', 'paraphrase'] as const

/** Body headings are subheads: the headline lives in the metadata. */
export const BODY_HEADING_LEVELS = [2, 3] as const

const linkMark = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z.string().max(2048).refine(isSafeLinkHref, 'link address must be http, https or mailto'),
    target: z.string().nullable().optional(),
    rel: z.string().nullable().optional(),
    class: z.string().nullable().optional(),
    title: z.string().nullable().optional()
  })
})

const plainMark = z.strictObject({
  type: z.enum(['bold', 'italic']),
  attrs: z.strictObject({}).optional()
})

/** A quotation: who said it and how it is quoted. One quote may span several paragraphs (same id). */
const quoteMark = z.strictObject({
  type: z.literal('quote'),
  attrs: z.strictObject({ id: idSchema, sourceId: idSchema.nullable(), kind: z.enum(QUOTE_KINDS) })
})

/** The cue phrase that attributes ("Krutsky said"), linked to its source and quotes. */
const attributionMark = z.strictObject({
  type: z.literal('attribution'),
  attrs: z.strictObject({ id: idSchema, sourceId: idSchema.nullable(), quoteIds: z.array(idSchema).max(100) })
})

export const bodyMarkSchema = z.discriminatedUnion('type', [plainMark, linkMark, quoteMark, attributionMark])

export interface BodyNode {
  type: (typeof BODY_NODE_TYPES)[number]
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  marks?: z.infer<typeof bodyMarkSchema>[]
  text?: string
}

const nodeAttrs: Partial<Record<BodyNode['type'], z.ZodType<Record<string, unknown>>>> = {
  heading: z.strictObject({ level: z.union(BODY_HEADING_LEVELS.map((level) => z.literal(level))) }),
  blockquote: z.strictObject({ sourceId: idSchema.nullable().optional() }),
  orderedList: z.strictObject({
    start: z.number().int().min(0).max(100_000).optional(),
    type: z.string().nullable().optional()
  })
}

const MAX_DEPTH = 32

function checkNode(node: BodyNode, ctx: z.RefinementCtx, path: (string | number)[], depth: number): void {
  const issue = (message: string): void => ctx.addIssue({ code: 'custom', message, path })
  if (depth > MAX_DEPTH) return issue(`body is nested deeper than ${MAX_DEPTH} levels`)
  const attrsSchema = nodeAttrs[node.type]
  if (node.attrs !== undefined) {
    if (!attrsSchema) {
      if (Object.keys(node.attrs).length > 0) issue(`"${node.type}" takes no attributes`)
    } else {
      const parsed = attrsSchema.safeParse(node.attrs)
      if (!parsed.success) issue(`"${node.type}" has invalid attributes: ${parsed.error.issues[0]?.message}`)
    }
  } else if (node.type === 'heading') {
    issue('a heading needs a level')
  }
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) issue('a text node needs non-empty text')
    if (node.content) issue('a text node cannot have content')
  } else {
    if (node.text !== undefined) issue(`"${node.type}" cannot carry text`)
    if (node.marks?.length) issue(`"${node.type}" cannot carry marks`)
  }
  node.content?.forEach((child, index) => checkNode(child, ctx, [...path, 'content', index], depth + 1))
}

const bodyNodeShape: z.ZodType<BodyNode> = z.lazy(() =>
  z.strictObject({
    type: z.enum(BODY_NODE_TYPES),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(bodyNodeShape).optional(),
    marks: z.array(bodyMarkSchema).optional(),
    text: z.string().optional()
  })
)

export const bodySchema = bodyNodeShape.superRefine((node, ctx) => {
  if (node.type !== 'doc') ctx.addIssue({ code: 'custom', message: 'the body must be a "doc" node' })
  checkNode(node, ctx, [], 0)
})

export type Body = z.infer<typeof bodySchema>

export function emptyBody(): Body {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
