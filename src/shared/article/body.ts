import { z } from 'zod'
import { isSafeLinkHref, LINK_REL } from './links'
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

export const BODY_MARK_TYPES = ['bold', 'italic', 'link', 'quote', 'attribution', 'note'] as const
export const QUOTE_KINDS = ['direct', 'partial', 'paraphrase'] as const

/** Body headings are subheads: the headline lives in the metadata. */
export const BODY_HEADING_LEVELS = [2, 3] as const

const linkMark = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z.string().max(2048).refine(isSafeLinkHref, 'link address must be http, https or mailto'),
    // Only what the editor itself writes: a file may not open links in new windows, drop the rel that keeps
    // the opened page from reaching back, or dress a link in the app's own classes.
    target: z.null().optional(),
    rel: z.literal(LINK_REL).nullable().optional(),
    class: z.null().optional(),
    title: z.string().max(2048).nullable().optional()
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

/**
 * Where a private note (the review's `notes`, by id) is anchored. Notes may overlap, so one text can carry
 * several, each with its own id. Never exported (export/inline.ts drops it).
 */
const noteMark = z.strictObject({
  type: z.literal('note'),
  attrs: z.strictObject({ id: idSchema })
})

export const bodyMarkSchema = z.discriminatedUnion('type', [plainMark, linkMark, quoteMark, attributionMark, noteMark])

export interface BodyNode {
  type: (typeof BODY_NODE_TYPES)[number]
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  marks?: z.infer<typeof bodyMarkSchema>[]
  text?: string
}

const nodeAttrs: Partial<Record<BodyNode['type'], z.ZodType<Record<string, unknown>>>> = {
  heading: z.strictObject({ level: z.union(BODY_HEADING_LEVELS.map((level) => z.literal(level))) }),
  // A block quote with a speaker has an id of its own, by which the review keeps its status.
  blockquote: z.strictObject({ sourceId: idSchema.nullable().optional(), id: idSchema.nullable().optional() }),
  orderedList: z.strictObject({
    start: z.number().int().min(0).max(100_000).optional(),
    type: z.enum(['1', 'a', 'A', 'i', 'I']).nullable().optional()
  })
}

/** How deep a body may nest (the doc is level 0): deeper than any real story, and ProseMirror and every exporter recurse. */
export const MAX_BODY_DEPTH = 32
/** More parts than a file Copydesk opens can hold; a bound on the work of checking a body that arrives over IPC. */
const MAX_BODY_NODES = 5_000_000

/**
 * What stops a body before zod's parse, which recurses: a body nested 1,000 deep overflows the stack there,
 * and one whose arrays repeat a single object (structured clone allows it) has more paths than atoms in the
 * universe. So this walk comes first, without recursion, and gives up at the first level or part too many.
 */
function sizeProblem(body: unknown): string | null {
  const pending: unknown[] = [body]
  const depths: number[] = [0]
  for (let seen = 1; pending.length > 0; seen++) {
    if (seen > MAX_BODY_NODES) return `the story has more than ${MAX_BODY_NODES.toLocaleString('en')} parts`
    const node = pending.pop()
    const depth = depths.pop()!
    if (depth > MAX_BODY_DEPTH) return `the story is nested deeper than ${MAX_BODY_DEPTH} levels (lists or block quotes inside each other)`
    const content = (node as { content?: unknown } | null | undefined)?.content
    if (!Array.isArray(content)) continue
    for (const child of content) {
      pending.push(child)
      depths.push(depth + 1)
    }
  }
  return null
}

function checkNode(node: BodyNode, ctx: z.RefinementCtx, path: (string | number)[]): void {
  const issue = (message: string, at = path): void => ctx.addIssue({ code: 'custom', message, path: at })
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
    // Every mark type but the note excludes itself (ProseMirror's default, which the editor's marks keep): a
    // second bold, link or quote on one text is an "Invalid collection of marks" that the editor refuses to
    // load. Notes overlap, but one note is on a text once.
    const seen = new Set<string>()
    for (const mark of node.marks ?? []) {
      const key = mark.type === 'note' ? `note ${mark.attrs.id}` : mark.type
      if (seen.has(key)) {
        issue(`a text carries two "${key}" marks`, [...path, 'marks'])
        break
      }
      seen.add(key)
    }
  } else {
    if (node.text !== undefined) issue(`"${node.type}" cannot carry text`)
    if (node.marks?.length) issue(`"${node.type}" cannot carry marks`)
  }
  node.content?.forEach((child, index) => checkNode(child, ctx, [...path, 'content', index]))
}

const bodyNodeShape: z.ZodType<BodyNode, BodyNode> = z.lazy(() =>
  z.strictObject({
    type: z.enum(BODY_NODE_TYPES),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(bodyNodeShape).optional(),
    marks: z.array(bodyMarkSchema).optional(),
    text: z.string().optional()
  })
)

export const bodySchema = z
  .custom<BodyNode>()
  .superRefine((value, ctx) => {
    const problem = sizeProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  // A pipe stops at the first schema's issues, so the recursive parse only ever sees a body within the limits.
  .pipe(
    bodyNodeShape.superRefine((node, ctx) => {
      if (node.type !== 'doc') ctx.addIssue({ code: 'custom', message: 'the body must be a "doc" node' })
      checkNode(node, ctx, [])
    })
  )

export type Body = z.infer<typeof bodySchema>

export function emptyBody(): Body {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
