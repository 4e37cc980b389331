import { z } from 'zod'
import { FLAG_RULES } from '../analysis/flagRules'
import { QUOTE_KINDS } from './body'
import { idSchema, RECORD_STATUSES } from './sources'

/**
 * The editor's review of a story's attribution, and the newsroom's private notes on it, kept in the .copydesk
 * file (format version 2) so that it travels with the story from reporter to editor. It is the newsroom's own record: no CMS export, copy or clipboard
 * carries any of it; only the attribution report does.
 */

export const REVIEW_STATUSES = ['unchecked', 'verified', 'query'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  query: 'Query'
}

/** Where a quote came from, as the reporter records it. */
export const PROVENANCE_KINDS = ['interview', 'recording', 'document', 'press-release', 'other-outlet'] as const
export const INTERVIEW_MEDIA = ['in-person', 'phone', 'video', 'email', 'chat'] as const

export const PROVENANCE_LABELS: Record<(typeof PROVENANCE_KINDS)[number], string> = {
  interview: 'Interview',
  recording: 'Recording',
  document: 'Document or web page',
  'press-release': 'Press release',
  'other-outlet': 'Another outlet'
}

const text = (max: number) => z.string().max(max).default('')
const isoTime = z.iso.datetime({ offset: true })

export const provenanceSchema = z.strictObject({
  kind: z.enum(PROVENANCE_KINDS),
  /** Interview: the day (YYYY-MM-DD) and how it was held. */
  date: z.iso.date().nullable().default(null),
  medium: z.enum(INTERVIEW_MEDIA).nullable().default(null),
  /** Recording: the file's name and where in it ("00:14:32"). */
  file: text(500),
  timestamp: text(50),
  /** Document or web page: a title, a URL or both; another outlet: its name (and the story's URL). */
  reference: text(2000),
  detail: text(2000)
})

export type Provenance = z.infer<typeof provenanceSchema>

/** The review of one quote (by the quote mark's id). `checkedText` is the quote's words when it was verified. */
export const quoteReviewSchema = z.strictObject({
  status: z.enum(REVIEW_STATUSES).default('unchecked'),
  note: text(5000),
  checkedText: z.string().max(100_000).nullable().default(null),
  provenance: provenanceSchema.nullable().default(null)
})

export type QuoteReview = z.infer<typeof quoteReviewSchema>

export const REVIEW_ACTIONS = ['status', 'note', 'provenance', 'edited', 'approved', 'reopened', 'flag-resolved', 'flag-reopened'] as const

/** One change to the review: who, when, what, and on which quote (none for sign-off). */
export const reviewLogEntrySchema = z.strictObject({
  at: isoTime,
  by: z.string().max(200),
  action: z.enum(REVIEW_ACTIONS),
  quoteId: idSchema.nullable().default(null),
  detail: text(2000)
})

export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>

/** What a sign-off approved: each quote's words, speaker and kind, and each source's name and status. */
export const signedStateSchema = z.strictObject({
  quotes: z
    .array(z.strictObject({ id: idSchema, sourceId: idSchema.nullable(), kind: z.enum([...QUOTE_KINDS, 'block']), text: z.string().max(100_000) }))
    .max(10_000),
  sources: z.array(z.strictObject({ id: idSchema, name: z.string().max(200), status: z.enum(RECORD_STATUSES) })).max(500)
})

export type SignedState = z.infer<typeof signedStateSchema>

export const signOffSchema = z.strictObject({
  by: z.string().min(1).max(200),
  at: isoTime,
  comment: text(2000),
  signed: signedStateSchema
})

export type SignOff = z.infer<typeof signOffSchema>

/** One message in a private note's thread: the note itself first, then the replies. */
export const noteMessageSchema = z.strictObject({
  by: z.string().min(1).max(200),
  at: isoTime,
  text: z.string().trim().min(1).max(5000)
})

export type NoteMessage = z.infer<typeof noteMessageSchema>

/**
 * A private note: the newsroom's own remark on some words of the story, anchored by `note` marks with its id
 * in the body (so it follows the words through edits). `excerpt` is the words it was written on, shown if they
 * are later deleted. Never published: no export, copy or clipboard carries it.
 */
export const privateNoteSchema = z.strictObject({
  excerpt: text(200),
  thread: z.array(noteMessageSchema).min(1).max(1000),
  resolved: z.strictObject({ by: z.string().min(1).max(200), at: isoTime }).nullable().default(null)
})

export type PrivateNote = z.infer<typeof privateNoteSchema>

/**
 * A flag someone decided needs nothing more ("the source is named in the next paragraph"). It stays resolved while
 * the words it points at (`text`) read the same; once they change, the engine's flag shows again.
 */
export const resolvedFlagSchema = z.strictObject({
  rule: z.enum(FLAG_RULES),
  text: z.string().max(100_000),
  reason: text(2000),
  by: z.string().max(200),
  at: isoTime
})

export type ResolvedFlag = z.infer<typeof resolvedFlagSchema>

/** A quote the engine suggested marking that the reporter dismissed: the quoted words and the speaker it named. */
export const dismissedSuggestionSchema = z.strictObject({
  text: z.string().max(100_000),
  speaker: z.string().max(500)
})

export type DismissedSuggestion = z.infer<typeof dismissedSuggestionSchema>

export const reviewSchema = z.strictObject({
  quotes: z.record(idSchema, quoteReviewSchema).default({}),
  notes: z.record(idSchema, privateNoteSchema).default({}),
  log: z.array(reviewLogEntrySchema).max(20_000).default([]),
  signOff: signOffSchema.nullable().default(null),
  resolvedFlags: z.array(resolvedFlagSchema).max(10_000).default([]),
  dismissedSuggestions: z.array(dismissedSuggestionSchema).max(10_000).default([])
})

export type Review = z.infer<typeof reviewSchema>

export function emptyReview(): Review {
  return { quotes: {}, notes: {}, log: [], signOff: null, resolvedFlags: [], dismissedSuggestions: [] }
}
