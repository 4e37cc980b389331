import type { ArticleDocument } from '../article/document'
import type { ReviewStatus } from '../article/review'
import { markedQuotes, type MarkedQuote } from './markedQuotes'
import { isOpen, notesInStory } from './privateNotes'
import { changesSince, excerpt, quoteReviewOf, signedStateOf } from './reviewChanges'

/** A quote an editor has not verified, with what else makes it worth a look. */
export interface OpenQuote {
  kind: 'quote'
  quoteId: string
  status: Exclude<ReviewStatus, 'verified'>
  /** The quote's words, shortened, in marks. */
  excerpt: string
  speaker: string | null
  unattributed: boolean
  /** Its source is not on the record (background, not for attribution, anonymous). */
  anonymous: boolean
  /** The outlet it was taken from (its speaker is a publication, or its provenance another outlet), or null. */
  secondHand: string | null
  note: string
}

/** A private note nobody has resolved. */
export interface OpenNote {
  kind: 'note'
  noteId: string
  /** The words it is on, shortened, in marks (or those it was on, when they were deleted). */
  excerpt: string
  detached: boolean
  by: string
  text: string
  replies: number
}

/** What is left to do before a story is reviewed: the gate before the CMS and `copydesk check` list these. */
export type OpenItem = OpenQuote | OpenNote

export const REVIEW_STATES = ['Draft', 'In review', 'Approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

interface QuoteFacts {
  quote: MarkedQuote
  status: ReviewStatus
  note: string
  speaker: string | null
  unattributed: boolean
  anonymous: boolean
  secondHand: string | null
}

function quoteFacts(document: ArticleDocument): QuoteFacts[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]))
  return markedQuotes(document.body).map((quote) => {
    const source = quote.sourceId === null ? undefined : sources.get(quote.sourceId)
    const review = quoteReviewOf(document.review, quote.id)
    const { provenance } = review
    // A quote reached the story through another outlet when the reporter says so, when a publication is its speaker,
    // or, until the reporter records where it came from, when the story was imported from another site's page.
    const outlet =
      provenance?.kind === 'other-outlet'
        ? provenance.reference || 'another outlet'
        : source?.kind === 'publication'
          ? source.name
          : provenance === null && document.meta.origin
            ? document.meta.origin.siteName || document.meta.origin.url
            : null
    return { quote, status: review.status, note: review.note, speaker: source?.name ?? null, unattributed: !source, anonymous: !!source && source.status !== 'on-record', secondHand: outlet }
  })
}

/** Every quote not yet verified, in story order, then every open note. */
export function openItems(document: ArticleDocument): OpenItem[] {
  const quotes = quoteFacts(document)
    .filter((facts): facts is QuoteFacts & { status: OpenQuote['status'] } => facts.status !== 'verified')
    .map(({ quote, status, note, speaker, unattributed, anonymous, secondHand }): OpenQuote => ({ kind: 'quote', quoteId: quote.id, status, excerpt: excerpt(quote.text), speaker, unattributed, anonymous, secondHand, note }))
  const notes = notesInStory(document)
    .filter(({ note }) => isOpen(note))
    .map(({ id, note, anchor }): OpenNote => ({
      kind: 'note',
      noteId: id,
      excerpt: anchor ? excerpt(anchor.text) : note.excerpt,
      detached: !anchor,
      by: note.thread[0]!.by,
      text: note.thread[0]!.text,
      replies: note.thread.length - 1
    }))
  return [...quotes, ...notes]
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`

const openNoteCount = (document: ArticleDocument): number => Object.values(document.review.notes).filter(isOpen).length

/** The review at a glance: "14 quotes: 9 verified, 2 query, 3 unchecked; 1 unattributed, 2 anonymous; 3 open notes". */
export function reviewSummary(document: ArticleDocument): string {
  const facts = quoteFacts(document)
  const count = (test: (f: QuoteFacts) => boolean): number => facts.filter(test).length
  const notes = plural(openNoteCount(document), 'open note', 'open notes')
  if (facts.length === 0) return `No quotes marked; ${notes}`
  const statuses = `${count((f) => f.status === 'verified')} verified, ${count((f) => f.status === 'query')} query, ${count((f) => f.status === 'unchecked')} unchecked`
  return `${plural(facts.length, 'quote', 'quotes')}: ${statuses}; ${count((f) => f.unattributed)} unattributed, ${count((f) => f.anonymous)} anonymous; ${notes}`
}

/** Draft until someone reviews, in review until signed off, approved until a change reopens it. */
export function reviewState(document: ArticleDocument): ReviewState {
  if (document.review.signOff) return 'Approved'
  return document.review.log.length > 0 ? 'In review' : 'Draft'
}

/**
 * One line per open item, for the CLI and the gate's list: "query     “We have nothing to hide” — Andrei
 * Krutsky (note)" or "note      “farce” — Ed Itor: Which meeting? (1 reply)".
 */
export function describeOpenItem(item: OpenItem): string {
  if (item.kind === 'note') {
    const replies = item.replies ? ` (${plural(item.replies, 'reply', 'replies')})` : ''
    return `${'note'.padEnd(9)} ${item.excerpt}${item.detached ? ' (its words were deleted)' : ''} — ${item.by}: ${item.text}${replies}`
  }
  const speaker = item.unattributed ? 'unattributed' : `${item.speaker}${item.anonymous ? ' (not on the record)' : ''}`
  const secondHand = item.secondHand && item.secondHand !== item.speaker ? ` (second-hand, from ${item.secondHand})` : item.secondHand ? ' (second-hand)' : ''
  return `${item.status.padEnd(9)} ${item.excerpt} — ${speaker}${secondHand}${item.note ? ` (${item.note})` : ''}`
}

/** "2 quotes not verified and 1 open note", or '' when nothing is open. */
export function openItemsSentence(items: OpenItem[]): string {
  const quotes = items.filter((item) => item.kind === 'quote').length
  const notes = items.length - quotes
  const parts = [quotes ? `${plural(quotes, 'quote', 'quotes')} not verified` : '', notes ? plural(notes, 'open note', 'open notes') : '']
  return parts.filter(Boolean).join(' and ')
}

/**
 * Why a story is not approved for the CMS, or null when it is: it needs a sign-off, and nothing the sign-off
 * covers may have changed since (a file edited elsewhere keeps a stale sign-off until the app reopens it).
 */
export function approvalProblem(document: ArticleDocument): string | null {
  const { signOff } = document.review
  if (!signOff) {
    const open = openItemsSentence(openItems(document))
    return `it has not been signed off (${reviewState(document)}${open ? `; ${open}` : ''})`
  }
  const changes = changesSince(signOff.signed, signedStateOf(document))
  return changes.length ? `it changed after ${signOff.by} signed it off: ${changes.join(' ').replace(/\.$/, '')}` : null
}
