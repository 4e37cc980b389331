import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import type { PdfLayout } from '../../../src/shared/printLayout'
import { tempFolder } from '../../support/paths'
import type { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

let dir: string
let cleanup: () => Promise<void>
let handlers: Handlers
let dialogs: ScriptedDialogs
const layouts: PdfLayout[] = []

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  layouts.length = 0
  ;({ handlers, dialogs } = await startTestMain(dir, {
    printToPdf: async (layout) => {
      layouts.push(layout)
      return new TextEncoder().encode('%PDF-1.7 story')
    }
  }))
})
afterEach(() => cleanup())

describe('Save as PDF', () => {
  it('asks where, named after the slug, and writes the page’s PDF there with the slug in the footer', async () => {
    dialogs.answers.save.push(join(dir, 'out.pdf'))
    const answer = await dispatch(handlers, 'article:savePdf', { slug: 'bridge-<b>vote</b>', name: 'bridge' })
    expect(answer).toEqual({ ok: true, value: { path: join(dir, 'out.pdf') } })
    expect(dialogs.calls.at(-1)).toEqual({ dialog: 'save', argument: join(dir, 'bridge.pdf') })
    expect(await readFile(join(dir, 'out.pdf'), 'utf8')).toBe('%PDF-1.7 story')
    // The slug is the story's text: escaped in Chromium's footer template, beside the page numbers.
    expect(layouts[0]!.footerTemplate).toContain('bridge-&lt;b&gt;vote&lt;/b&gt;')
    expect(layouts[0]!.footerTemplate).toContain('<span class="pageNumber"></span> / <span class="totalPages"></span>')
  })

  it('makes no PDF when the dialog is cancelled', async () => {
    dialogs.answers.save.push(null)
    expect(await dispatch(handlers, 'article:savePdf', { slug: '', name: '' })).toEqual({ ok: true, value: null })
    expect(layouts).toHaveLength(0)
  })
})
