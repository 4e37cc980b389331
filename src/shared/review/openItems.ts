import type { ArticleDocument } from '../article/document'
import type { ReviewStatus } from '../article/review'
import { markedQuotes, type MarkedQuote } from './markedQuotes'
import { changesSince, excerpt, quoteReviewOf, signedStateOf } from './reviewChanges'

/** A quote an editor has not verified, with what else makes it worth a look. */
export interface OpenItem {
  quoteId: string
  status: Exclude<ReviewStatus, 'verified'>
  /** The quote's words, shortened, in marks. */
  excerpt: string
  speaker: string | null
  unattributed: boolean
  /** Its source is not on the record (background, not for attribution, anonymous). */
  anonymous: boolean
  note: string
}

export const REVIEW_STATES = ['Draft', 'In review', 'Approved'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

interface QuoteFacts {
  quote: MarkedQuote
  status: ReviewStatus
  note: string
  speaker: string | null
  unattributed: boolean
  anonymous: boolean
}

function quoteFacts(document: ArticleDocument): QuoteFacts[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]))
  return markedQuotes(document.body).map((quote) => {
    const source = quote.sourceId === null ? undefined : sources.get(quote.sourceId)
    const review = quoteReviewOf(document.review, quote.id)
    return { quote, status: review.status, note: review.note, speaker: source?.name ?? null, unattributed: !source, anonymous: !!source && source.status !== 'on-record' }
  })
}

/** Every quote not yet verified, in story order: what the gate before the CMS and `copydesk check` list. */
export function openItems(document: ArticleDocument): OpenItem[] {
  return quoteFacts(document)
    .filter((facts): facts is QuoteFacts & { status: OpenItem['status'] } => facts.status !== 'verified')
    .map(({ quote, status, note, speaker, unattributed, anonymous }) => ({ quoteId: quote.id, status, excerpt: excerpt(quote.text), speaker, unattributed, anonymous, note }))
}

/** The review at a glance: "14 quotes: 9 verified, 2 query, 3 unchecked; 1 unattributed, 2 anonymous". */
export function reviewSummary(document: ArticleDocument): string {
  const facts = quoteFacts(document)
  const count = (test: (f: QuoteFacts) => boolean): number => facts.filter(test).length
  const quotes = `${facts.length} ${facts.length === 1 ? 'quote' : 'quotes'}`
  if (facts.length === 0) return 'No quotes marked'
  const statuses = `${count((f) => f.status === 'verified')} verified, ${count((f) => f.status === 'query')} query, ${count((f) => f.status === 'unchecked')} unchecked`
  return `${quotes}: ${statuses}; ${count((f) => f.unattributed)} unattributed, ${count((f) => f.anonymous)} anonymous`
}

/** Draft until someone reviews, in review until signed off, approved until a change reopens it. */
export function reviewState(document: ArticleDocument): ReviewState {
  if (document.review.signOff) return 'Approved'
  return document.review.log.length > 0 ? 'In review' : 'Draft'
}

/** One line per open item, for the CLI and the gate's list: "query  “We have nothing to hide” — Andrei Krutsky (note)". */
export function describeOpenItem(item: OpenItem): string {
  const speaker = item.unattributed ? 'unattributed' : `${item.speaker}${item.anonymous ? ' (not on the record)' : ''}`
  return `${item.status.padEnd(9)} ${item.excerpt} — ${speaker}${item.note ? ` (${item.note})` : ''}`
}

/**
 * Why a story is not approved for the CMS, or null when it is: it needs a sign-off, and nothing the sign-off
 * covers may have changed since (a file edited elsewhere keeps a stale sign-off until the app reopens it).
 */
export function approvalProblem(document: ArticleDocument): string | null {
  const { signOff } = document.review
  if (!signOff) {
    const open = openItems(document).length
    return `it has not been signed off (${reviewState(document)}${open ? `; ${open} ${open === 1 ? 'quote' : 'quotes'} not verified` : ''})`
  }
  const changes = changesSince(signOff.signed, signedStateOf(document))
  return changes.length ? `it changed after ${signOff.by} signed it off: ${changes.join(' ').replace(/\.$/, '')}` : null
}
