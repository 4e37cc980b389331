import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseArticleFile } from '../../src/shared/article/fileFormat'
import type { MainProcess } from '../support/bridge'
import { body, caretToStoryStart, expect, mod, passReviewGate, screenshot, selectWords, test } from './fixtures'

/** Where the selection starts, in characters from the top of the story. */
const selectionOffset = (app: Page): Promise<number> =>
  body(app).evaluate((root) => {
    const selection = window.getSelection()!
    const before = document.createRange()
    before.setStart(root, 0)
    before.setEnd(selection.anchorNode!, selection.anchorOffset)
    return before.toString().length
  })

/** Opens `path` with File ▸ Open. */
async function open(app: Page, main: MainProcess, path: string): Promise<void> {
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByTestId('document-name')).toHaveText('krutsky.copydesk')
}

/** Changes the name in Settings: the next person at the desk. */
async function signInAs(app: Page, name: string): Promise<void> {
  await app.keyboard.press(`${mod}+,`)
  const settings = app.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel('Author name').fill(name)
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toHaveCount(0)
}

// The whole review on the sample story, as the issue describes it: a reporter accepts the suggestions and records
// provenance for two quotes; an editor verifies some quotes, queries one with a note, adds a private note across a
// quote's edge, walks every open item with F8, signs off, then edits a verified quote (the sign-off reopens). Saved
// and opened again, everything is back; the CMS export and Copy as HTML hold none of it; the report holds all of it.
test('the sample story, reviewed: reporter, then editor, then the file, the exports and the report', async ({ app, main, home }) => {
  const path = join(home, 'krutsky.copydesk')
  await signInAs(app, 'Rita Reporter')

  // The reporter: accept the suggestions, record where two quotes came from, save.
  await expect(app.getByTestId('suggestion')).toHaveCount(10)
  await app.getByRole('button', { name: 'Accept all' }).click()
  await expect(body(app).locator('.cd-quote')).toHaveCount(10)
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  const items = app.getByTestId('quote-item')
  const provenance = async (index: number, fill: (form: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> => {
    await items.nth(index).getByRole('button', { name: 'Record provenance' }).click()
    const form = items.nth(index).getByRole('form', { name: 'Where this quote came from' })
    await fill(form)
    await form.getByRole('button', { name: 'Save' }).click()
  }
  await provenance(1, async (form) => {
    await form.getByLabel('Came from').selectOption('interview')
    await form.getByLabel('Date').fill('2026-11-23')
    await form.getByLabel('How').selectOption('phone')
  })
  await provenance(5, async (form) => {
    await form.getByLabel('Came from').selectOption('document')
    await form.getByLabel('Title or address').fill('https://kommersant.example/krutsky-interview')
  })
  await expect(items.nth(1).getByTestId('quote-provenance')).toHaveText('Interview, 2026-11-23, by phone')
  main.dialogs.answers.save.push(path)
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('krutsky.copydesk')

  // The editor opens the reporter's file.
  await signInAs(app, 'Ed Itor')
  await open(app, main, path)
  await expect(app.getByTestId('review-summary')).toHaveText('10 quotes: 0 verified, 0 query, 10 unchecked; 0 unattributed, 0 anonymous; 0 open notes')
  await app.keyboard.press(`${mod}+Alt+r`)
  await expect(body(app).locator('[data-review="unchecked"]').first()).toBeVisible()
  const quotes = body(app).locator('.cd-quote')
  for (const index of [0, 1, 5]) {
    await quotes.nth(index).click()
    await app.keyboard.press('v')
    await expect(app.getByTestId('review-summary')).toContainText(`${[0, 1, 5].indexOf(index) + 1} verified`)
  }
  // A query with a note, from the Quotes panel.
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  await items.nth(4).getByLabel('Review status').selectOption('query')
  await items.nth(4).getByRole('button', { name: 'Add note' }).click()
  await items.nth(4).getByLabel('Note for the reporter').fill('Who in Washington? Name the official or the document.')
  await items.nth(4).getByRole('button', { name: 'Save note' }).click()
  await expect(items.nth(4).getByTestId('quote-note')).toHaveText('Who in Washington? Name the official or the document.')

  // A private note across the direct quote's end and its attribution.
  await selectWords(app, 'as they do,” the special representative')
  await app.keyboard.press(`${mod}+Alt+m`)
  const noteDialog = app.getByRole('dialog', { name: 'Add a private note' })
  await noteDialog.getByLabel('Note', { exact: true }).fill('Is “special representative” his title in the interview too?')
  await noteDialog.getByRole('button', { name: 'Add note' }).click()
  await expect(app.getByTestId('review-summary')).toHaveText('10 quotes: 3 verified, 1 query, 6 unchecked; 0 unattributed, 0 anonymous; 1 open note')

  // F8 walks every open item once, in story order, then starts again from the top.
  await caretToStoryStart(app)
  const reviewTab = await app.getByRole('tab', { name: /^Review/ }).textContent()
  const flagCount = Number(/\((\d+)\)/.exec(reviewTab ?? '')?.[1] ?? 0)
  expect(flagCount).toBeGreaterThan(0)
  const verified = await Promise.all([0, 1, 5].map((index) => quotes.nth(index).textContent()))
  const visited: { offset: number; words: string }[] = []
  for (;;) {
    await app.keyboard.press('F8')
    await expect.poll(() => app.evaluate(() => window.getSelection()?.toString() ?? '')).not.toBe(visited.at(-1)?.words ?? '')
    const offset = await selectionOffset(app)
    if (visited.length > 0 && offset <= visited.at(-1)!.offset) break
    visited.push({ offset, words: (await app.evaluate(() => window.getSelection()?.toString()))! })
    expect(visited.length).toBeLessThan(40)
  }
  const words = visited.map((item) => item.words)
  // Seven quotes not verified and the note are all reached (the analysis's flags are walked too, between them).
  expect(words).toContain('as they do,” the special representative')
  expect(words).toContain('“sensitivity”')
  for (const quote of verified) expect(words).not.toContain(quote)
  expect(visited.length).toBeGreaterThanOrEqual(8)

  // Sign-off, then an edit to a verified quote reopens it.
  await app.keyboard.press(`${mod}+Alt+s`)
  await app.getByLabel('Comment (optional)').fill('Cleared pending the Washington query')
  await app.getByRole('button', { name: 'Approve story' }).click()
  await expect(app.getByTestId('review-state')).toHaveText('Approved')
  await app.keyboard.press(`${mod}+Alt+r`)
  await expect(app.getByRole('button', { name: 'Review Mode' })).toHaveAttribute('aria-pressed', 'false')
  await selectWords(app, 'negotiating table')
  await app.keyboard.type('talks')
  await expect(app.getByTestId('review-state')).toHaveText('In review')
  await expect(app.getByTestId('review-summary')).toHaveText('10 quotes: 2 verified, 1 query, 7 unchecked; 0 unattributed, 0 anonymous; 1 open note')
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)

  // Opened again: every status, note, log entry and provenance is back.
  await open(app, main, path)
  await expect(app.getByTestId('review-summary')).toHaveText('10 quotes: 2 verified, 1 query, 7 unchecked; 0 unattributed, 0 anonymous; 1 open note')
  await expect(app.getByTestId('review-state')).toHaveText('In review')
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  await expect(items.nth(1).getByTestId('quote-provenance')).toHaveText('Interview, 2026-11-23, by phone')
  await expect(items.nth(5).getByTestId('quote-provenance')).toHaveText('Document or web page, https://kommersant.example/krutsky-interview')
  await expect(items.nth(4).getByTestId('quote-note')).toHaveText('Who in Washington? Name the official or the document.')
  await app.getByRole('tab', { name: 'Notes (1)' }).click()
  await expect(app.getByTestId('note-item')).toContainText('Is “special representative” his title in the interview too?')
  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  expect(saved.document.review.log.map((entry) => [entry.by, entry.action])).toEqual([
    ['Rita Reporter', 'provenance'],
    ['Rita Reporter', 'provenance'],
    ['Ed Itor', 'status'],
    ['Ed Itor', 'status'],
    ['Ed Itor', 'status'],
    ['Ed Itor', 'status'],
    ['Ed Itor', 'note'],
    ['Ed Itor', 'approved'],
    ['Ed Itor', 'edited'],
    ['Ed Itor', 'reopened']
  ])

  // The CMS export and Copy as HTML hold none of the review; the report holds all of it.
  const secrets = ['Rita Reporter', 'Ed Itor', 'kommersant.example', 'by phone', 'Who in Washington', 'special representative” his title', 'Cleared pending']
  main.dialogs.answers.save.push(join(home, 'story.html'))
  await app.keyboard.press(`${mod}+e`)
  await app.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export…' }).click()
  await passReviewGate(app, 'Export', 9)
  await expect(app.locator('.notice-message')).toHaveText('Exported to story.html.')
  const exported = await readFile(join(home, 'story.html'), 'utf8')
  expect(exported).toContain('to come to the talks and discuss')
  await app.keyboard.press(`${mod}+Shift+c`)
  await passReviewGate(app, 'Copy', 9)
  await expect(app.locator('.notice-message')).toContainText('Copied the story as HTML')
  for (const secret of secrets) {
    expect(exported).not.toContain(secret)
    expect(JSON.stringify(main.dialogs.clipboard)).not.toContain(secret)
  }
  main.dialogs.answers.save.push(join(home, 'report.html'))
  await app.keyboard.press(`${mod}+Alt+p`)
  await app.getByRole('dialog', { name: 'Attribution report' }).getByRole('button', { name: 'Save report…' }).click()
  await expect(app.locator('.notice-message')).toHaveText('Wrote the attribution report to report.html.')
  const report = await readFile(join(home, 'report.html'), 'utf8')
  for (const secret of [...secrets, 'now reads']) expect(report).toContain(secret)
  const reportPage = await app.context().newPage()
  await reportPage.setContent(report)
  await screenshot(reportPage, 'copydesk-report')
  await reportPage.close()
})
