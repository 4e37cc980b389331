import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { setQuoteStatus } from '../../../src/shared/review/reviewChanges'
import { articleWithEveryMark } from '../../support/articles'
import { tempFolder } from '../../support/paths'
import type { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

let dir: string
let cleanup: () => Promise<void>
let dialogs: ScriptedDialogs
let handlers: Handlers

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  ;({ handlers, dialogs } = await startTestMain(dir))
})
afterEach(() => cleanup())

describe('article:report, through the real handlers', () => {
  it('writes the report where the user chooses, suggesting "<slug>-attribution.csv"', async () => {
    const story = articleWithEveryMark()
    const document = { ...story, review: setQuoteStatus(story, 'q-2', 'query', { by: 'Ed Itor', at: '2026-11-27T10:00:00.000Z' }, 'Who?') }
    const target = join(dir, 'chosen.csv')
    dialogs.answers.save.push(target)
    expect(await dispatch(handlers, 'article:report', { document, format: 'csv' })).toEqual({ ok: true, value: { path: target } })
    expect(dialogs.calls.at(-1)).toMatchObject({ dialog: 'save', argument: expect.stringMatching(/russia-non-interference-attribution\.csv$/) })
    const rows = Papa.parse<string[]>((await readFile(target, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(rows.at(-1)!.slice(-5)).toEqual(['Query', 'Ed Itor', '2026-11-27T10:00:00.000Z', 'Who?', ''])
  })

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    dialogs.answers.save.push(null)
    expect(await dispatch(handlers, 'article:report', { document: articleWithEveryMark(), format: 'html' })).toEqual({ ok: true, value: null })
  })
})
