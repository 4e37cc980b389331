import { describe, expect, it } from 'vitest'
import { parseArticleFile, serializeArticleFile } from '../../../../src/shared/article/fileFormat'
import { approvalProblem, describeOpenItem, openItems, openItemsSentence, reviewSummary } from '../../../../src/shared/review/openItems'
import { addNote, deleteNote, noteAnchors, notesInStory, reopenNote, replyToNote, resolveNote } from '../../../../src/shared/review/privateNotes'
import { setQuoteStatus } from '../../../../src/shared/review/reviewChanges'
import { articleWithEveryMark, articleWithNotes } from '../../../support/articles'

const editor = { by: 'Ed Itor', at: '2026-11-27T10:00:00.000Z' }
const reporter = { by: 'Jane Doe', at: '2026-11-27T11:00:00.000Z' }

describe('private notes', () => {
  it('are read from the body in story order, with their words and the quotes those words touch', () => {
    const anchors = noteAnchors(articleWithNotes().body)
    expect([...anchors.keys()]).toEqual(['n-edge', 'n-farce'])
    expect(anchors.get('n-edge')).toEqual({ text: ' to hide,” Krutsky said', quoteIds: new Set(['q-1']) })
    expect(anchors.get('n-farce')).toEqual({ text: 'farce” & <more>.', quoteIds: new Set(['q-2']) })
  })

  it('join the words of a note over two paragraphs with a line break', () => {
    const noted = (text: string) => ({ type: 'text' as const, text, marks: [{ type: 'note' as const, attrs: { id: 'n-1' } }] })
    const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [noted('end of one')] }, { type: 'paragraph' as const, content: [noted('start of two')] }] }
    expect(noteAnchors(body).get('n-1')!.text).toBe('end of one\nstart of two')
  })

  it('keep a thread: added, answered, resolved, reopened by a reply or by hand, deleted', () => {
    const document = articleWithEveryMark()
    let review = addNote(document.review, 'n-1', 'We have nothing to hide', '  Which call?  ', editor)
    expect(review.notes['n-1']).toEqual({ excerpt: '“We have nothing to hide”', thread: [{ by: 'Ed Itor', at: editor.at, text: 'Which call?' }], resolved: null })
    review = resolveNote(review, 'n-1', editor)
    expect(review.notes['n-1']!.resolved).toEqual({ by: 'Ed Itor', at: editor.at })
    // A reply asks again: the note is open.
    review = replyToNote(review, 'n-1', 'The Monday one.', reporter)
    expect(review.notes['n-1']!.thread.map((m) => m.by)).toEqual(['Ed Itor', 'Jane Doe'])
    expect(review.notes['n-1']!.resolved).toBeNull()
    review = reopenNote(resolveNote(review, 'n-1', editor), 'n-1')
    expect(review.notes['n-1']!.resolved).toBeNull()
    expect(deleteNote(review, 'n-1').notes).toEqual({})
    expect(() => replyToNote(review, 'n-404', 'x', editor)).toThrow('The story has no note n-404.')
    // The story's own review is untouched: each change is a new review.
    expect(document.review.notes).toEqual({})
  })

  it('whose words were deleted are still listed, after those in the story, with the words they were on', () => {
    const document = articleWithNotes()
    document.review.notes['n-gone'] = { excerpt: '“deleted words”', thread: [{ by: 'Ed Itor', at: editor.at, text: 'Check this' }], resolved: null }
    const notes = notesInStory(document)
    expect(notes.map((n) => [n.id, n.anchor?.text ?? null])).toEqual([
      ['n-edge', ' to hide,” Krutsky said'],
      ['n-farce', 'farce” & <more>.'],
      ['n-gone', null]
    ])
    expect(openItems(document).filter((item) => item.kind === 'note').map(describeOpenItem)).toEqual([
      'note      “to hide,” Krutsky said” — Ed Itor: Phone or press conference? NOTE-SECRET (1 reply)',
      'note      “deleted words” (its words were deleted) — Ed Itor: Check this'
    ])
  })

  it('count in the summary, the open items, the gate’s sentence and why a story is not approved, while open', () => {
    const document = articleWithNotes()
    expect(reviewSummary(document)).toBe('2 quotes: 0 verified, 0 query, 2 unchecked; 0 unattributed, 1 anonymous; 1 open note')
    expect(openItemsSentence(openItems(document))).toBe('2 quotes not verified and 1 open note')
    const verified = { ...document, review: setQuoteStatus(document, 'q-1', 'verified', editor) }
    const allVerified = { ...verified, review: setQuoteStatus(verified, 'q-2', 'verified', editor) }
    expect(openItemsSentence(openItems(allVerified))).toBe('1 open note')
    expect(approvalProblem(allVerified)).toBe('it has not been signed off (In review; 1 open note)')
    const resolved = { ...allVerified, review: resolveNote(allVerified.review, 'n-edge', editor) }
    expect(openItems(resolved)).toEqual([])
    expect(reviewSummary({ ...resolved, body: { type: 'doc', content: [{ type: 'paragraph' }] } })).toBe('No quotes marked; 0 open notes')
  })

  it('travel in the file: marks in the body, threads in the review, both read back as they were', () => {
    const document = articleWithNotes()
    const read = parseArticleFile(serializeArticleFile(document))
    if (!read.ok) throw new Error(read.problem)
    expect(read.document.review.notes).toEqual(document.review.notes)
    expect(noteAnchors(read.document.body)).toEqual(noteAnchors(document.body))
  })
})
