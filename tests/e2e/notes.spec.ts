import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parseArticleFile, serializeArticleFile } from '../../src/shared/article/fileFormat'
import { noteAnchors } from '../../src/shared/review/privateNotes'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../src/shared/export'
import { articleWithEveryMark } from '../support/articles'
import { body, caretToStoryStart, expect, mod, screenshot, selectWords, test } from './fixtures'

/** The words a note is on, as the story shows them. */
const notedWords = async (app: Page, id: string): Promise<string> => (await body(app).locator(`[data-note-id="${id}"]`).allTextContents()).join('')
/** How many paragraphs a note is in. */
const paragraphsOf = (app: Page, id: string) => body(app).locator(`p:has([data-note-id="${id}"])`)

/** Adds a note on `words` from the keyboard (Ctrl+Alt+M). */
async function addNote(app: Page, words: string, text: string): Promise<void> {
  await selectWords(app, words)
  await app.keyboard.press(`${mod}+Alt+m`)
  const dialog = app.getByRole('dialog', { name: 'Add a private note' })
  await expect(dialog).toContainText(`On: “${words}”`)
  await dialog.getByLabel('Note').fill(text)
  await dialog.getByRole('button', { name: 'Add note' }).click()
}

// An editor's private notes on a reporter's story: on words across a quote's edge and overlapping another note,
// answered and resolved in the Notes tab, walked with F8; they follow their words through typing, a split and a
// join, cut and paste, undo and save; the exports, Copy as HTML and the clipboard never carry them; the report does.
test('private notes: added, answered, resolved, kept through edits and saving, and never published', async ({ app, main, home }) => {
  const path = join(home, 'notes.copydesk')
  await writeFile(path, serializeArticleFile(articleWithEveryMark()))
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByTestId('document-name')).toHaveText('notes.copydesk')

  // With nothing selected, the command says what to do.
  await body(app).locator('[data-quote-id="q-2"]').click()
  await app.keyboard.press(`${mod}+Alt+m`)
  await expect(app.locator('.notice-message')).toHaveText('Select the words the note is about, then add the note.')
  await app.getByRole('button', { name: 'Dismiss message' }).click()

  await addNote(app, 'to hide,” Krutsky', 'Press conference or the phone call?')
  // The first note asks who is writing, once.
  await app.getByLabel('Your name').fill('Ed Itor')
  await app.getByRole('button', { name: 'Continue' }).click()
  await addNote(app, 'Krutsky said. An official', 'Which official? Name them to the desk.')

  await app.getByRole('tab', { name: 'Notes (2)' }).click()
  const cards = app.getByTestId('note-item')
  await expect(cards).toHaveCount(2)
  const [first, second] = await Promise.all([cards.nth(0).getAttribute('data-note'), cards.nth(1).getAttribute('data-note')])
  if (!first || !second) throw new Error('notes without ids')
  expect(await notedWords(app, first)).toBe('to hide,” Krutsky')
  expect(await notedWords(app, second)).toBe('Krutsky said. An official')
  // Highlighted where open, darker where they overlap, the note's first line as a tooltip; the quote is whole.
  await expect(body(app).locator('.cd-note-overlap')).toHaveText('Krutsky')
  await expect(body(app).locator('.cd-note').first()).toHaveAttribute('title', 'Ed Itor: Press conference or the phone call?')
  await expect(body(app).locator('[data-quote-id="q-1"]')).toHaveText(['“We have ', 'nothing', ' to hide,”'])
  await expect(app.getByTestId('review-summary')).toHaveText('2 quotes: 0 verified, 0 query, 2 unchecked; 0 unattributed, 1 anonymous; 2 open notes')
  await expect(app.getByTestId('panel-summary')).toHaveText('2 quotes: 0 verified, 0 query, 2 unchecked; 0 unattributed, 1 anonymous; 2 open notes')

  await cards.nth(0).getByLabel('Reply').fill('The phone call, on Monday.')
  await cards.nth(0).getByRole('button', { name: 'Reply' }).click()
  await expect(cards.nth(0)).toContainText('The phone call, on Monday.')
  await screenshot(app, 'copydesk-notes')

  // F8 walks quotes and notes in story order.
  const selected = () => app.evaluate(() => window.getSelection()?.toString())
  await caretToStoryStart(app)
  const walked: string[] = []
  for (let i = 0; i < 4; i++) {
    await app.keyboard.press('F8')
    await expect.poll(selected).not.toBe(walked.at(-1) ?? '')
    walked.push((await selected())!)
  }
  // From the top (the first quote starts there, so the walk begins after it): the notes, the analysis's flag, the next quote.
  expect(walked).toEqual(['to hide,” Krutsky', 'Krutsky said. An official', 'An official', 'farce'])

  // Typing inside a note, then splitting its paragraph and joining it again: the note keeps its words.
  await selectWords(app, 'An official')
  await app.keyboard.press('ArrowLeft')
  await app.keyboard.press('ArrowRight')
  await app.keyboard.press('ArrowRight')
  await app.keyboard.type('other')
  await expect.poll(() => notedWords(app, second)).toBe('Krutsky said. Another official')
  await app.keyboard.press('Enter')
  await expect(paragraphsOf(app, second)).toHaveCount(2)
  await expect.poll(() => notedWords(app, second)).toBe('Krutsky said. Another official')
  await app.keyboard.press('Backspace')
  await expect(paragraphsOf(app, second)).toHaveCount(1)
  await expect.poll(() => notedWords(app, second)).toBe('Krutsky said. Another official')

  // Cut and paste: the note moves with its words; the clipboard holds the words and no note.
  const clipboardHtml = app.evaluate(
    () =>
      new Promise<string>((resolve) =>
        // After the editor's handler has written the clipboard, while the event still lets it be read.
        document.addEventListener('cut', (event) => resolve(event.clipboardData?.getData('text/html') ?? ''), { once: true })
      )
  )
  await selectWords(app, 'to hide,” Krutsky')
  await app.keyboard.press(`${mod}+x`)
  const cut = await clipboardHtml
  expect(cut).toContain('Krutsky')
  expect(cut).not.toMatch(/note/i)
  expect(cut).not.toContain('phone call')
  await expect(body(app).locator(`[data-note-id="${first}"]`)).toHaveCount(0)
  await selectWords(app, 'Another official')
  await app.keyboard.press('End')
  await app.keyboard.press(`${mod}+v`)
  await expect.poll(() => notedWords(app, first)).toContain('Krutsky')
  // Undo takes the paste away and puts the words back where they were, note and all.
  await app.keyboard.press(`${mod}+z`)
  await app.keyboard.press(`${mod}+z`)
  await expect.poll(() => notedWords(app, first)).toBe('to hide,” Krutsky')

  // Resolved: no longer highlighted or counted, still anchored. (Found by its id: the list follows the story's
  // order, which the cut and paste above changed for a moment.)
  const secondCard = app.locator(`[data-testid="note-item"][data-note="${second}"]`)
  await secondCard.getByRole('button', { name: 'Resolve' }).click()
  await expect(secondCard).toContainText('Resolved by Ed Itor')
  await expect(app.getByRole('tab', { name: 'Notes (1)' })).toBeVisible()
  await expect(app.getByTestId('review-summary')).toContainText('; 1 open note')

  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  const { notes } = saved.document.review
  expect(notes[first]!.thread.map((m) => [m.by, m.text])).toEqual([
    ['Ed Itor', 'Press conference or the phone call?'],
    ['Ed Itor', 'The phone call, on Monday.']
  ])
  expect(notes[first]!.resolved).toBeNull()
  expect(notes[second]!.resolved).toMatchObject({ by: 'Ed Itor' })
  const anchors = noteAnchors(saved.document.body)
  expect(anchors.get(first)!.text).toBe('to hide,” Krutsky')
  expect(anchors.get(second)!.text).toBe('Krutsky said. Another official')
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    const exported = exportArticle(saved.document, format)
    expect(exported, format).not.toContain('phone call')
    expect(exported, format).not.toContain(first)
  }

  // Opened again: the notes are back, on their words, with their threads.
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await app.getByRole('tab', { name: 'Notes (1)' }).click()
  await expect(app.getByTestId('note-item')).toHaveCount(2)
  expect(await notedWords(app, first)).toBe('to hide,” Krutsky')
  await expect(app.getByTestId('note-item').nth(0)).toContainText('The phone call, on Monday.')
  await app.keyboard.press(`${mod}+,`)
  const settings = app.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel('Theme').selectOption('dark')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toHaveCount(0)
  await screenshot(app, 'copydesk-notes-dark')

  // Copy as HTML (past the gate, which lists the open note) carries none of it.
  await app.keyboard.press(`${mod}+Shift+c`)
  const gate = app.getByRole('dialog', { name: /review is not finished/ })
  await expect(gate.getByRole('listitem').last()).toHaveText('note      “to hide,” Krutsky” — Ed Itor: Press conference or the phone call? (1 reply)')
  await gate.getByRole('button', { name: 'Copy anyway' }).click()
  await expect(app.locator('.notice-message')).toContainText('Copied the story as HTML')
  expect(JSON.stringify(main.dialogs.clipboard)).not.toContain('phone call')

  // The report holds every note and its thread.
  main.dialogs.answers.save.push(join(home, 'report.html'))
  await app.keyboard.press(`${mod}+Alt+p`)
  await app.getByRole('dialog', { name: 'Attribution report' }).getByRole('button', { name: 'Save report…' }).click()
  await expect(app.locator('.notice-message')).toHaveText('Wrote the attribution report to report.html.')
  const report = await readFile(join(home, 'report.html'), 'utf8')
  expect(report).toContain('Press conference or the phone call?')
  expect(report).toContain('The phone call, on Monday.')
  expect(report).toContain('Which official? Name them to the desk.')
  expect(report).toContain('[resolved by Ed Itor]')
})
