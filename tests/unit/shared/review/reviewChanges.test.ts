import { describe, expect, it } from 'vitest'
import type { ArticleDocument } from '../../../../src/shared/article/document'
import { markedQuotes } from '../../../../src/shared/review/markedQuotes'
import { describeOpenItem, openItems, reviewState, reviewSummary } from '../../../../src/shared/review/openItems'
import { reconcileReview, setProvenance, setQuoteNote, setQuoteStatus, signOff } from '../../../../src/shared/review/reviewChanges'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../../src/shared/export'
import { articleWithEveryMark } from '../../../support/articles'

const editor = { by: 'Ed Itor', at: '2026-11-27T10:00:00.000Z' }
const later = { by: 'Ed Itor', at: '2026-11-27T11:00:00.000Z' }

/** The story with its first text node (the start of quote q-1) replaced. */
function withQuoteStart(document: ArticleDocument, text: string): ArticleDocument {
  const copy = structuredClone(document)
  copy.body.content![0]!.content![0]!.text = text
  return copy
}

describe('marked quotes', () => {
  it('reads each quote once, its parts joined, with its speaker, kind and cue', () => {
    expect(markedQuotes(articleWithEveryMark().body)).toEqual([
      { id: 'q-1', text: '“We have nothing to hide,”', sourceId: 's-krutsky', kind: 'direct', cue: 'Krutsky said' },
      { id: 'q-2', text: 'farce', sourceId: 's-deep', kind: 'partial', cue: '' }
    ])
  })

  it('reads a block quote with a speaker and an id as a quote of kind block; one without an id is not reviewed', () => {
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })
    const blockquote = (attrs: Record<string, unknown>) => ({ type: 'blockquote' as const, attrs, content: [paragraph('First line.'), paragraph('Second line.')] })
    const body = { type: 'doc' as const, content: [blockquote({ sourceId: 's-1', id: 'b-1' }), blockquote({ sourceId: 's-1' }), blockquote({ id: 'b-3' })] }
    expect(markedQuotes(body)).toEqual([{ id: 'b-1', text: 'First line.\nSecond line.', sourceId: 's-1', kind: 'block', cue: '' }])
  })

  it('a block quote’s id is the review’s own: no export writes it', () => {
    const document = articleWithEveryMark()
    document.body.content!.find((node) => node.type === 'blockquote')!.attrs = { sourceId: 's-krutsky', id: 'b-private-id' }
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) expect(exportArticle(document, format), format).not.toContain('b-private-id')
  })

  it('joins a quote that runs over two paragraphs with a line break', () => {
    const quote = (text: string) => ({ type: 'text' as const, text, marks: [{ type: 'quote' as const, attrs: { id: 'q-9', sourceId: null, kind: 'direct' as const } }] })
    const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [quote('“First part.')] }, { type: 'paragraph' as const, content: [quote('Second part.”')] }] }
    expect(markedQuotes(body)[0]!.text).toBe('“First part.\nSecond part.”')
  })
})

describe('a quote’s review status', () => {
  it('is unchecked until set; verifying keeps the words checked and logs who and when', () => {
    const document = articleWithEveryMark()
    expect(openItems(document).map((item) => item.kind === 'quote' && item.status)).toEqual(['unchecked', 'unchecked'])
    const review = setQuoteStatus(document, 'q-1', 'verified', editor)
    expect(review.quotes['q-1']).toMatchObject({ status: 'verified', checkedText: '“We have nothing to hide,”' })
    expect(review.log).toEqual([{ at: editor.at, by: 'Ed Itor', action: 'status', quoteId: 'q-1', detail: 'Verified' }])
  })

  it('a query carries its note, and notes and provenance are logged', () => {
    let document = articleWithEveryMark()
    document = { ...document, review: setQuoteStatus(document, 'q-2', 'query', editor, 'Who is the official?') }
    document = { ...document, review: setQuoteNote(document.review, 'q-2', 'Asked the reporter by phone.', later) }
    const provenance = { kind: 'interview' as const, date: '2026-11-20', medium: 'phone' as const, file: '', timestamp: '', reference: '', detail: '' }
    document = { ...document, review: setProvenance(document.review, 'q-1', provenance, later) }
    expect(document.review.quotes['q-2']).toMatchObject({ status: 'query', note: 'Asked the reporter by phone.' })
    expect(document.review.log.map((e) => [e.action, e.quoteId, e.detail])).toEqual([
      ['status', 'q-2', 'Query: Who is the official?'],
      ['note', 'q-2', 'Asked the reporter by phone.'],
      ['provenance', 'q-1', 'interview']
    ])
  })

  it('refuses a quote the story does not have', () => {
    expect(() => setQuoteStatus(articleWithEveryMark(), 'q-404', 'verified', editor)).toThrow('The story has no quote q-404.')
  })
})

describe('editing after review', () => {
  it('sets a verified quote whose words changed back to unchecked, and says why in the log', () => {
    const document = articleWithEveryMark()
    const verified = { ...document, review: setQuoteStatus(document, 'q-1', 'verified', editor) }
    const edited = withQuoteStart(verified, '“We have almost ')
    const review = reconcileReview(edited, later)
    expect(review.quotes['q-1']!.status).toBe('unchecked')
    expect(review.log.at(-1)).toEqual({ at: later.at, by: 'Ed Itor', action: 'edited', quoteId: 'q-1', detail: 'The words changed after the quote was verified.' })
  })

  it('leaves the review as it was when nothing it covers changed', () => {
    const document = articleWithEveryMark()
    const verified = { ...document, review: setQuoteStatus(document, 'q-1', 'verified', editor) }
    expect(reconcileReview(verified, later)).toBe(verified.review)
  })

  it('reopens a sign-off when a quote’s speaker, a source’s name or its status changes, saying what changed', () => {
    const document = articleWithEveryMark()
    const approved = { ...document, review: signOff(document, 'Good to go', editor) }
    expect(reviewState(approved)).toBe('Approved')
    expect(reconcileReview(approved, later)).toBe(approved.review)

    const renamed = structuredClone(approved)
    renamed.sources[0]!.name = 'Andrey Krutsky'
    renamed.sources[1]!.status = 'on-record'
    const reopened = reconcileReview(renamed, later)
    expect(reopened.signOff).toBeNull()
    expect(reopened.log.at(-1)).toMatchObject({ action: 'reopened', by: 'Ed Itor', detail: 'Source Andrei Krutsky was renamed Andrey Krutsky. Deep Throat is now On the record, not Not for attribution.' })
    expect(reviewState({ ...renamed, review: reopened })).toBe('In review')

    const edited = reconcileReview(withQuoteStart(approved, '“We had '), later)
    expect(edited.log.at(-1)!.detail).toBe('Quote “We have nothing to hide” now reads “We had nothing to hide”.')
  })

  it('does not reopen a sign-off for text outside quotes', () => {
    const approved = articleWithEveryMark()
    approved.review = signOff(approved, '', editor)
    const edited = structuredClone(approved)
    edited.body.content![1]!.content![0]!.text = 'More background'
    expect(reconcileReview(edited, later).signOff).not.toBeNull()
  })
})

describe('the summary and open items', () => {
  it('say a quote is second-hand when its provenance is another outlet or its speaker a publication', () => {
    const document = articleWithEveryMark()
    const fromOutlet = { kind: 'other-outlet' as const, date: null, medium: null, file: '', timestamp: '', reference: 'Kommersant', detail: '' }
    const withProvenance = { ...document, review: setProvenance(document.review, 'q-1', fromOutlet, editor) }
    expect(describeOpenItem(openItems(withProvenance)[0]!)).toBe('unchecked “We have nothing to hide” — Andrei Krutsky (second-hand, from Kommersant)')
    const publication = { ...document, sources: document.sources.map((s) => (s.id === 's-krutsky' ? { ...s, kind: 'publication' as const, name: 'Kommersant' } : s)) }
    expect(describeOpenItem(openItems(publication)[0]!)).toBe('unchecked “We have nothing to hide” — Kommersant (second-hand)')
  })

  it("say a quote is second-hand, from the page's site, in a story imported from a web page, until its provenance is recorded", () => {
    const document = articleWithEveryMark()
    const imported = { ...document, meta: { ...document.meta, origin: { siteName: 'Washington Post', url: 'https://www.washingtonpost.com/world/1' } } }
    expect(describeOpenItem(openItems(imported)[0]!)).toBe('unchecked “We have nothing to hide” — Andrei Krutsky (second-hand, from Washington Post)')
    const interview = { kind: 'interview' as const, date: null, medium: null, file: '', timestamp: '', reference: '', detail: '' }
    const confirmed = { ...imported, review: setProvenance(imported.review, 'q-1', interview, editor) }
    expect(describeOpenItem(openItems(confirmed)[0]!)).toBe('unchecked “We have nothing to hide” — Andrei Krutsky')
  })

  it('counts statuses, unattributed and off-the-record quotes, and lists what is not verified', () => {
    const document = articleWithEveryMark()
    const reviewed = { ...document, review: setQuoteStatus(document, 'q-1', 'verified', editor) }
    expect(reviewSummary(reviewed)).toBe('2 quotes: 1 verified, 0 query, 1 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
    expect(openItems(reviewed).map(describeOpenItem)).toEqual(['unchecked “farce” — Deep Throat (not on the record)'])
    expect(reviewState(document)).toBe('Draft')
    expect(reviewState(reviewed)).toBe('In review')
  })
})
