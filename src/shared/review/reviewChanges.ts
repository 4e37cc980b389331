import type { ArticleDocument } from '../article/document'
import { emptyReview, REVIEW_STATUS_LABELS, type Provenance, type QuoteReview, type Review, type ReviewLogEntry, type ReviewStatus, type SignedState } from '../article/review'
import { STATUS_LABELS } from '../article/sources'
import { markedQuotes, type MarkedQuote } from './markedQuotes'

/** Who makes a change to the review, and when (an ISO time): every change is logged with both. */
export interface Reviewer {
  by: string
  at: string
}

const unchecked = (): QuoteReview => ({ status: 'unchecked', note: '', checkedText: null, provenance: null })
const log = (reviewer: Reviewer, entry: Pick<ReviewLogEntry, 'action' | 'detail'> & { quoteId?: string | null }): ReviewLogEntry => ({
  at: reviewer.at,
  by: reviewer.by,
  quoteId: entry.quoteId ?? null,
  action: entry.action,
  detail: entry.detail
})

/** The review of one quote, unchecked when the story has none yet. */
export function quoteReviewOf(review: Review, quoteId: string): QuoteReview {
  return review.quotes[quoteId] ?? unchecked()
}

function withQuote(review: Review, quoteId: string, change: Partial<QuoteReview>, entry: ReviewLogEntry): Review {
  return { ...review, quotes: { ...review.quotes, [quoteId]: { ...quoteReviewOf(review, quoteId), ...change } }, log: [...review.log, entry] }
}

/**
 * Sets a quote's status. Verifying remembers the quote's words, so that an edit to them later sets it back to
 * unchecked (see `reconcileReview`). A note given with the change replaces the quote's note.
 */
export function setQuoteStatus(document: ArticleDocument, quoteId: string, status: ReviewStatus, reviewer: Reviewer, note?: string): Review {
  const quote = markedQuotes(document.body).find((q) => q.id === quoteId)
  if (!quote) throw new Error(`The story has no quote ${quoteId}.`)
  const detail = `${REVIEW_STATUS_LABELS[status]}${note ? `: ${note}` : ''}`
  const change: Partial<QuoteReview> = { status, checkedText: status === 'verified' ? quote.text : null, ...(note === undefined ? {} : { note }) }
  return withQuote(document.review, quoteId, change, log(reviewer, { action: 'status', quoteId, detail }))
}

export function setQuoteNote(review: Review, quoteId: string, note: string, reviewer: Reviewer): Review {
  return withQuote(review, quoteId, { note }, log(reviewer, { action: 'note', quoteId, detail: note }))
}

export function setProvenance(review: Review, quoteId: string, provenance: Provenance | null, reviewer: Reviewer): Review {
  return withQuote(review, quoteId, { provenance }, log(reviewer, { action: 'provenance', quoteId, detail: provenance ? provenance.kind : 'removed' }))
}

/** What a sign-off approves, read from the story as it is (from its marked quotes, when the caller has them). */
export function signedStateOf(document: ArticleDocument, quotes: MarkedQuote[] = markedQuotes(document.body)): SignedState {
  return {
    quotes: quotes.map(({ id, sourceId, kind, text }) => ({ id, sourceId, kind, text })),
    sources: document.sources.map(({ id, name, status }) => ({ id, name, status }))
  }
}

export function signOff(document: ArticleDocument, comment: string, reviewer: Reviewer): Review {
  const review = document.review
  return {
    ...review,
    signOff: { by: reviewer.by, at: reviewer.at, comment, signed: signedStateOf(document) },
    log: [...review.log, log(reviewer, { action: 'approved', detail: comment })]
  }
}

/**
 * The review after the story has been edited: a verified quote whose words changed is unchecked again, and a
 * sign-off is reopened when a quote, an attribution, or a source's name or status changed since it — each
 * logged with what changed. Returns the same object when nothing needs to change.
 */
export function reconcileReview(document: ArticleDocument, reviewer: Reviewer): Review {
  let review = document.review ?? emptyReview()
  const quotes = markedQuotes(document.body)
  for (const quote of quotes) {
    const current = review.quotes[quote.id]
    if (current?.status !== 'verified' || current.checkedText === quote.text) continue
    review = withQuote(review, quote.id, { status: 'unchecked', checkedText: null }, log(reviewer, { action: 'edited', quoteId: quote.id, detail: 'The words changed after the quote was verified.' }))
  }
  if (review.signOff) {
    const changes = changesSince(review.signOff.signed, signedStateOf(document, quotes))
    if (changes.length > 0) {
      review = { ...review, signOff: null, log: [...review.log, log(reviewer, { action: 'reopened', detail: changes.join(' ') })] }
    }
  }
  return review
}

/** A quote's words in marks, at most sixty characters, for a sentence about it. */
export function excerpt(text: string): string {
  const inner = text.replace(/^[\s“"‘']+|[\s”"’',.]+$/g, '')
  return `“${inner.length > 60 ? `${inner.slice(0, 57).trimEnd()}…` : inner}”`
}

/** What changed in the story's attribution since a sign-off, in sentences for the log. */
export function changesSince(signed: SignedState, now: SignedState): string[] {
  const changes: string[] = []
  const before = new Map(signed.quotes.map((q) => [q.id, q]))
  const after = new Map(now.quotes.map((q) => [q.id, q]))
  const sourceName = (id: string | null, state: SignedState): string => state.sources.find((s) => s.id === id)?.name ?? 'no one'
  for (const quote of now.quotes) {
    const old = before.get(quote.id)
    if (!old) changes.push(`Quote ${excerpt(quote.text)} was added.`)
    else {
      if (old.text !== quote.text) changes.push(`Quote ${excerpt(old.text)} now reads ${excerpt(quote.text)}.`)
      if (old.sourceId !== quote.sourceId) changes.push(`Quote ${excerpt(quote.text)} is now attributed to ${sourceName(quote.sourceId, now)}, not ${sourceName(old.sourceId, signed)}.`)
      if (old.kind !== quote.kind) changes.push(`Quote ${excerpt(quote.text)} is now ${quote.kind}, not ${old.kind}.`)
    }
  }
  for (const quote of signed.quotes) if (!after.has(quote.id)) changes.push(`Quote ${excerpt(quote.text)} was removed.`)
  const sourcesBefore = new Map(signed.sources.map((s) => [s.id, s]))
  for (const source of now.sources) {
    const old = sourcesBefore.get(source.id)
    if (!old) continue
    if (old.name !== source.name) changes.push(`Source ${old.name} was renamed ${source.name}.`)
    if (old.status !== source.status) changes.push(`${source.name} is now ${STATUS_LABELS[source.status]}, not ${STATUS_LABELS[old.status]}.`)
  }
  return changes
}
