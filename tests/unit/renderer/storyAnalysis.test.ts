// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import type { Source } from '../../../src/shared/article/sources'
import { emptyReview, type Review } from '../../../src/shared/article/review'
import { dismissSuggestion, reopenFlag, resolveFlag } from '../../../src/shared/review/engineDecisions'
import { dismissalOf } from '../../../src/renderer/src/analysis/storyAnalysis'
import { AnalysisRunner, type WorkerRequest } from '../../../src/renderer/src/analysis/analysisRunner'
import { HeldWorker } from '../../support/heldWorker'
import { StoryAnalysis } from '../../../src/renderer/src/analysis/storyAnalysis'
import { articleExtensions } from '../../../src/renderer/src/editor/extensions'

const DELAY_MS = 20
const BUDGET_MS = 200
const WHOLE_DELAY_MS = 60
let editor: Editor
let workers: HeldWorker[]
let story: StoryAnalysis
let sources: Source[]
let review: Review

/** The text of the latest request to any worker. */
const lastRequest = (): WorkerRequest | undefined => workers.flatMap((w) => w.requests).at(-1)
/** Answers the latest request, as the worker holding it would. */
function answer(): void {
  workers.find((w) => w.requests.includes(lastRequest()!))!.answer()
}
/** Types `replacement` over the first `words` in the story, as one edit. */
function replaceWords(words: string, replacement: string): void {
  let from = -1
  editor.state.doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(words) : -1
    if (from === -1 && at !== -1) from = pos + at
  })
  editor.commands.insertContentAt({ from, to: from + words.length }, replacement)
}
const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function start(html: string): void {
  editor = new Editor({ extensions: articleExtensions(), content: html, injectCSS: false })
  workers = []
  sources = []
  review = emptyReview()
  story = new StoryAnalysis(
    editor,
    new AnalysisRunner(() => {
      const worker = new HeldWorker()
      workers.push(worker)
      return worker
    }),
    { delayMs: DELAY_MS, budgetMs: BUDGET_MS, wholeDelayMs: WHOLE_DELAY_MS, sources: () => sources, setSources: (next) => (sources = next), review: () => review }
  )
}

afterEach(() => {
  story.dispose()
  editor.destroy()
})

describe('the story analysis', () => {
  const who = { by: 'Ed Itor', at: '2026-11-28T10:00:00.000Z' }

  it('sets apart a resolved flag while its words read the same, and shows it again once they change', async () => {
    start('<p>“We will win,” someone said.</p><p>Leave a Reply</p>')
    answer()
    await settle()
    const [noSpeaker] = story.getState().flags.filter((f) => f.rule === 'no-speaker')
    review = resolveFlag(review, noSpeaker!, 'Named in the next paragraph', who)
    story.decisionsChanged()
    expect(story.getState().flags.map((f) => f.rule)).not.toContain('no-speaker')
    expect(story.getState().resolved).toEqual([{ flag: noSpeaker, resolution: expect.objectContaining({ reason: 'Named in the next paragraph', by: 'Ed Itor' }) }])
    // Reopened by hand, it is back.
    review = reopenFlag(review, noSpeaker!, who)
    story.decisionsChanged()
    expect(story.getState().flags.map((f) => f.rule)).toContain('no-speaker')
    // Resolved again, then the quote is rewritten: the flag on the new words is open.
    review = resolveFlag(review, noSpeaker!, '', who)
    replaceWords('We will win', 'We will lose')
    await settle(DELAY_MS + 10)
    answer()
    await settle()
    expect(story.getState().flags.filter((f) => f.rule === 'no-speaker').map((f) => f.text)).toEqual(['“We will lose,”'])
    expect(story.getState().resolved).toEqual([])
  })

  it('never says "no one is named" on a quote whose mark names its speaker', async () => {
    start('<p><span data-quote-id="q-1" data-source-id="s-1" data-kind="direct">“We will win,”</span> someone said.</p>')
    answer()
    await settle()
    expect(story.getState().flags.map((f) => f.rule)).not.toContain('no-speaker')
  })

  it('keeps dismissed suggestions apart, still found', async () => {
    start('<p>“We will win,” Jane Doe said.</p>')
    answer()
    await settle()
    const [suggestion] = story.getState().suggestions
    review = dismissSuggestion(review, dismissalOf(suggestion!))
    story.decisionsChanged()
    expect(story.getState().suggestions).toEqual([])
    expect(story.getState().dismissed.map((s) => s.source.name)).toEqual(['Jane Doe'])
  })

  it('analyses in the worker and places what it finds in the document', async () => {
    start('<p>“We will win,” Jane Doe said.</p><p>Leave a Reply</p>')
    expect(story.getState().status).toBe('analysing')
    answer()
    await settle()
    const state = story.getState()
    expect(state.status).toBe('ready')
    expect(state.suggestions.map((s) => [editor.state.doc.textBetween(s.from, s.to), s.source.name])).toEqual([['“We will win,”', 'Jane Doe']])
    expect(state.flags.map((f) => editor.state.doc.textBetween(f.from, f.to))).toEqual(['Leave a Reply'])
  })

  it('after an edit in one paragraph, re-analyses only that part at once, and the whole story once typing has paused longer', async () => {
    start('<p>Councillor Maria Lopez spoke.</p><p>The vote was close.</p><p>“We won,” someone said.</p>')
    answer()
    await settle()
    expect(lastRequest()!.whole).toBe(false)
    replaceWords('someone', 'Lopez')
    await settle(DELAY_MS + 10)
    expect(lastRequest()).toMatchObject({ whole: false, text: expect.stringContaining('“We won,” Lopez said.') })
    answer()
    await settle()
    expect(story.getState().suggestions.map((s) => s.source.name)).toEqual(['Maria Lopez'])
    const requests = workers.flatMap((w) => w.requests).length
    await settle(WHOLE_DELAY_MS + 20)
    expect(workers.flatMap((w) => w.requests)).toHaveLength(requests + 1)
    expect(lastRequest()!.whole).toBe(true)
    answer()
    await settle()
    expect(story.getState().status).toBe('ready')
    expect(story.getState().suggestions.map((s) => s.source.name)).toEqual(['Maria Lopez'])
  })

  it('acts on a story changed since its last analysis only once the worker has analysed it as it is', async () => {
    start('<p>The council met.</p><p>Leave a Reply</p><p>“We will win,” Jane Doe said.</p>')
    answer()
    await settle()
    const [flag] = story.getState().flags
    // An edit before the flagged line moves it: the positions found in the older text are wrong now.
    editor.commands.insertContentAt(1, 'Yesterday ')
    const removing = story.removeLines([flag!])
    await settle()
    // Nothing is removed until the worker has analysed the text as it is (the page does not analyse it itself).
    expect(editor.getText()).toContain('Leave a Reply')
    expect(lastRequest()!.text).toContain('Yesterday The council met.')
    answer()
    await removing
    expect(editor.getText()).toBe('Yesterday The council met.\n\n“We will win,” Jane Doe said.')
  })

  it('accepts a suggestion after an edit at the quote’s new place, adding its speaker to the sources', async () => {
    start('<p>“We will win,” Jane Doe said.</p>')
    answer()
    await settle()
    const [suggestion] = story.getState().suggestions
    editor.commands.insertContentAt(1, 'Today. ')
    const accepting = story.accept([suggestion!])
    expect(story.getState().suggestions).toEqual([])
    await settle()
    answer()
    await accepting
    expect(editor.getHTML()).toMatch(/Today\. <span class="cd-quote[^>]*data-kind="direct">“We will win,”<\/span>/)
    expect(sources.map((s) => s.name)).toEqual(['Jane Doe'])
  })

  it('stops the running analysis at the next edit and analyses the new text once typing pauses', async () => {
    start('<p>“We will win,” Jane Doe said.</p>')
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Then she left.')
    expect(workers[0]!.terminated).toBe(true)
    await settle(DELAY_MS * 3)
    expect(lastRequest()!.text).toBe('“We will win,” Jane Doe said. Then she left.')
    answer()
    await settle()
    expect(story.getState().live?.analysis.text).toBe('“We will win,” Jane Doe said. Then she left.')
  })

  it('once a live analysis runs out of time, analyses the story only on demand until it is shorter', async () => {
    start(`<p>${'“We will win,” Jane Doe said. '.repeat(20)}</p>`)
    await settle(BUDGET_MS * 1.5)
    expect(story.getState().status).toBe('too-long')
    expect(workers[0]!.terminated).toBe(true)
    // Typing more starts no live analysis.
    const asked = workers.flatMap((w) => w.requests).length
    editor.commands.insertContentAt(1, 'More. ')
    await settle(DELAY_MS * 3)
    expect(workers.flatMap((w) => w.requests)).toHaveLength(asked)
    expect(story.getState().status).toBe('too-long')
    // On demand, with no budget.
    story.analyseNow()
    expect(story.getState().status).toBe('on-demand')
    await settle(BUDGET_MS * 1.5)
    answer()
    await settle()
    expect(story.getState().status).toBe('ready')
    expect(story.getState().suggestions).toHaveLength(20)
    // A shorter story is analysed live again.
    editor.commands.setContent('<p>“Short,” Jane Doe said.</p>', { emitUpdate: true })
    await settle(DELAY_MS * 3)
    expect(story.getState().status).toBe('analysing')
    answer()
    await settle()
    expect(story.getState().status).toBe('ready')
  })
})
