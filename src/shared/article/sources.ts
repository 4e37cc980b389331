import { z } from 'zod'

export const SOURCE_KINDS = ['person', 'organisation', 'publication', 'document'] as const
export const RECORD_STATUSES = ['on-record', 'background', 'not-for-attribution', 'anonymous'] as const

export const STATUS_LABELS: Record<(typeof RECORD_STATUSES)[number], string> = {
  'on-record': 'On the record',
  background: 'On background',
  'not-for-attribution': 'Not for attribution',
  anonymous: 'Anonymous'
}

/** Ids are short opaque strings made by the app; the pattern keeps them safe in attributes and selectors. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/
export const idSchema = z.string().regex(ID_PATTERN, 'ids are letters, digits, - and _')

/** Someone or something a story quotes. `contactNotes` stay in the app: no export may include them. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(SOURCE_KINDS).default('person'),
  role: z.string().max(300).default(''),
  organisation: z.string().max(200).default(''),
  status: z.enum(RECORD_STATUSES).default('on-record'),
  /** Other ways the text refers to this source: "Krutsky", "the special representative", "he". */
  aliases: z.array(z.string().min(1).max(200)).max(50).default([]),
  contactNotes: z.string().max(5000).default('')
})

export type Source = z.infer<typeof sourceSchema>

/** A new source with a fresh id; fields not given take the schema's defaults (a person, on the record). */
export function newSource(fields: Partial<Omit<Source, 'id'>> & Pick<Source, 'name'>): Source {
  return sourceSchema.parse({ ...fields, id: newId('s') })
}

export function newId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`
}
