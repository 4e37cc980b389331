import { execFileSync } from 'node:child_process'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { newArticle } from '../../src/shared/article/document'
import { serializeArticleFile } from '../../src/shared/article/fileFormat'
import { repoRoot } from '../support/paths'
import { body, expect, mod, openApp, screenshot, selectWords, test } from './fixtures'

// Issue 15, a desktop app people live in all day: find and replace, focus mode and the shortcut sheet, on the
// real renderer with the sample story the first start opens.

const occurrences = (text: string, word: string): number => text.split(word).length - 1
const findBar = (app: Page) => app.getByRole('search', { name: 'Find and replace' })
const matchCount = (app: Page) => app.getByTestId('match-count')
const headline = (app: Page) => app.getByRole('textbox', { name: 'Headline', exact: true })

test('find: every match highlighted and counted, Enter and Shift+Enter step through them, Escape closes', async ({ app }) => {
  const text = await body(app).innerText()
  const total = occurrences(text, 'Krutsky')
  expect(total).toBeGreaterThan(2)

  await body(app).click()
  await app.keyboard.press(`${mod}+f`)
  await expect(findBar(app)).toBeVisible()
  await expect(app.getByLabel('Find', { exact: true })).toBeFocused()
  await app.keyboard.type('Krutsky')
  await expect(matchCount(app)).toHaveText(new RegExp(`^\\d of ${total}$`))
  await expect(body(app).locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(total)
  await expect(body(app).locator('.ProseMirror-active-search-match')).toHaveText('Krutsky')
  const first = Number((await matchCount(app).innerText()).split(' ')[0])
  await app.keyboard.press('Enter')
  await expect(matchCount(app)).toHaveText(`${(first % total) + 1} of ${total}`)
  await app.keyboard.press('Shift+Enter')
  await expect(matchCount(app)).toHaveText(`${first} of ${total}`)
  await screenshot(app, 'copydesk-find')

  // Case and whole words: "krutsky" still matches until case matters; "Krut" matches only inside words.
  await app.getByLabel('Find', { exact: true }).fill('krutsky')
  await expect(matchCount(app)).toHaveText(new RegExp(`of ${total}$`))
  await findBar(app).getByLabel('Match case').check()
  await expect(matchCount(app)).toHaveText('No matches')
  await findBar(app).getByLabel('Match case').uncheck()
  await app.getByLabel('Find', { exact: true }).fill('Krut')
  await expect(matchCount(app)).toHaveText(new RegExp(`of ${total}$`))
  await findBar(app).getByLabel('Whole words').check()
  await expect(matchCount(app)).toHaveText('No matches')

  await app.getByLabel('Find', { exact: true }).press('Escape')
  await expect(findBar(app)).toHaveCount(0)
  await expect(body(app).locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(0)
  await expect(body(app)).toBeFocused()
  // Find again opens with what was looked for last.
  await app.keyboard.press(`${mod}+f`)
  await expect(app.getByLabel('Find', { exact: true })).toHaveValue('Krut')
})

test('replace all is one undo step in the body, and with "Headline and dek" the notice undoes the fields too', async ({ app }) => {
  const before = await body(app).innerText()
  const total = occurrences(before, 'Foreign Ministry')
  await body(app).click()
  await app.keyboard.press(`${mod}+h`)
  await expect(app.getByLabel('Replace with')).toBeVisible()
  await app.getByLabel('Find', { exact: true }).fill('Foreign Ministry')
  await expect(matchCount(app)).toHaveText(new RegExp(`of ${total}$`))
  await findBar(app).getByLabel('Headline and dek').check()
  await expect(matchCount(app)).toHaveText(new RegExp(`of ${total} \\+ 1 in headline and dek$`))
  await app.getByLabel('Replace with').fill('Ministry of Foreign Affairs')
  await screenshot(app, 'copydesk-replace')
  await findBar(app).getByRole('button', { name: 'Replace all' }).click()

  await expect(app.getByRole('status').filter({ hasText: `Replaced ${total + 1} matches (1 in the headline and dek).` })).toBeVisible()
  await expect(headline(app)).toHaveValue(/^Ministry of Foreign Affairs says/)
  await expect(body(app)).not.toContainText('Foreign Ministry')
  expect(occurrences(await body(app).innerText(), 'Ministry of Foreign Affairs')).toBe(total)
  await expect(matchCount(app)).toHaveText('No matches')

  // The notice's Undo takes back the body and the headline together.
  await app.getByRole('button', { name: 'Undo replace' }).click()
  await expect(headline(app)).toHaveValue(/^Foreign Ministry says/)
  expect(await body(app).innerText()).toBe(before)

  // Replace all again, body only; one Ctrl+Z in the story takes it all back.
  await findBar(app).getByLabel('Headline and dek').uncheck()
  await findBar(app).getByRole('button', { name: 'Replace all' }).click()
  await expect(body(app)).not.toContainText('Foreign Ministry')
  await app.keyboard.press('Escape')
  await body(app).click()
  await app.keyboard.press(`${mod}+z`)
  expect(await body(app).innerText()).toBe(before)
  await expect(headline(app)).toHaveValue(/^Foreign Ministry says/)

  // Replace one at a time: the selected match is replaced and the next one selected.
  await app.keyboard.press(`${mod}+h`)
  await expect(app.getByLabel('Find', { exact: true })).toHaveValue('Foreign Ministry')
  await app.getByLabel('Replace with').fill('MFA')
  await app.getByLabel('Replace with').press('Enter')
  await expect(matchCount(app)).toHaveText(new RegExp(`of ${total - 1}$`))
  expect(occurrences(await body(app).innerText(), 'MFA')).toBe(1)
})

test('focus mode hides the header, panels and status bar; the shortcut sheet lists the menus’ commands', async ({ app }) => {
  await body(app).click()
  await app.keyboard.press('F11')
  await expect(app.locator('.app-header')).toBeHidden()
  await expect(app.locator('.sidebar')).toBeHidden()
  await expect(app.getByRole('contentinfo', { name: 'Status' })).toBeHidden()
  // The story takes the window's height and width: the sidebar's column is gone.
  const box = (await app.locator('.document').boundingBox())!
  const viewport = app.viewportSize()!
  expect(box.height).toBeGreaterThan(viewport.height - 5)
  expect(box.width).toBeGreaterThan(viewport.width - 5)
  await expect(body(app)).toBeInViewport()
  await screenshot(app, 'copydesk-focus-mode')
  // Without typewriter scrolling, the line being written at the end of the story sits at the window's bottom.
  const caretFromMiddle = () =>
    app.evaluate(() => {
      const caret = getSelection()!.getRangeAt(0).getClientRects()[0] ?? (getSelection()!.focusNode as Element).parentElement!.getBoundingClientRect()
      const box = document.querySelector('.document')!.getBoundingClientRect()
      return Math.abs((caret.top + caret.bottom) / 2 - (box.top + box.height / 2))
    })
  await app.keyboard.press(`${mod}+End`)
  await app.keyboard.type(' More.')
  expect(await caretFromMiddle()).toBeGreaterThan(viewport.height / 4)
  await app.keyboard.press('F11')

  // With it (a setting), the line being written stays in the middle of the window as the story grows.
  await app.keyboard.press(`${mod}+,`)
  const settings = app.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel(/Typewriter scrolling in focus mode/).check()
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toHaveCount(0)
  await body(app).click()
  await app.keyboard.press('F11')
  await app.keyboard.press(`${mod}+End`)
  for (let line = 0; line < 3; line++) {
    await app.keyboard.press('Enter')
    await app.keyboard.type('A new line.')
    expect(await caretFromMiddle()).toBeLessThan(30)
  }
  await screenshot(app, 'copydesk-focus-typewriter')
  await app.keyboard.press('F11')
  await expect(app.locator('.app-header')).toBeVisible()
  await expect(app.locator('.sidebar')).toBeVisible()

  await app.keyboard.press(`${mod}+/`)
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  const key = (menu: string, command: string) => sheet.getByRole('region', { name: menu }).locator('.shortcut-row').filter({ has: app.getByText(command, { exact: true }) }).locator('kbd')
  const ctrl = mod === 'Meta' ? '⌘' : 'Ctrl+'
  await expect(key('Edit', 'Find')).toHaveText(`${ctrl}F`)
  await expect(key('Format', 'Bold')).toHaveText(`${ctrl}B`)
  await expect(key('File', 'Save As')).toHaveText(mod === 'Meta' ? '⌘⇧S' : 'Ctrl+Shift+S')
  await expect(key('View', 'Focus Mode')).toHaveText(mod === 'Meta' ? '⌘⇧F' : 'F11')
  await screenshot(app, 'copydesk-shortcuts')
  // A dialog keeps focus inside it, and gives it back to the story when it closes.
  for (let i = 0; i < 3; i++) {
    await app.keyboard.press('Tab')
    expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
  }
  await app.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)
  await expect(body(app)).toBeFocused()

  // The header's buttons are reached with Tab and show a focus ring.
  await app.getByRole('button', { name: 'New', exact: true }).focus()
  await app.keyboard.press('Tab')
  const focused = app.locator(':focus')
  await expect(focused).toHaveText('Open…')
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
})

test('recent stories: the start screen and File ▸ Open Recent open them, a moved one says so, and one the system hands over opens', async ({ app, main, home }) => {
  const story = (headline: string, text: string) =>
    serializeArticleFile({ ...newArticle({ headline, slug: 'harbour' }), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } })
  const harbour = join(home, 'harbour.copydesk')
  const budget = join(home, 'budget.copydesk')
  await writeFile(harbour, story('Harbour plan approved', 'The council voted seven to four.'))
  await writeFile(budget, story('Budget passes', 'The budget passed.'))
  for (const path of [harbour, budget]) {
    main.dialogs.answers.open.push(path)
    await app.keyboard.press(`${mod}+o`)
    await expect(app.getByTestId('document-name')).toHaveText(path.split('/').pop()!)
  }
  await app.keyboard.press(`${mod}+w`)
  const start = app.getByRole('main', { name: 'Copydesk' })
  const stories = start.getByRole('listitem')
  await expect(stories).toHaveCount(2)
  await expect(stories.nth(0)).toContainText('Budget passes')
  await expect(stories.nth(1)).toContainText('Harbour plan approved')
  await expect(stories.nth(1)).toContainText('6 words')

  // Opened from the start screen, by a click; and from the menu, by path.
  await stories.nth(1).getByRole('button', { name: /^Harbour plan approved/ }).click()
  await expect(app.getByTestId('document-name')).toHaveText('harbour.copydesk')
  await expect(body(app)).toHaveText('The council voted seven to four.')
  await main.emit(app, 'menu:openRecent', budget)
  await expect(app.getByTestId('document-name')).toHaveText('budget.copydesk')

  // A story that moved is shown as such, cannot be opened, and can be taken off the list.
  await rename(harbour, join(home, 'moved.copydesk'))
  await app.keyboard.press(`${mod}+w`)
  const moved = stories.filter({ hasText: 'Harbour plan approved' })
  await expect(moved).toContainText('Moved or deleted')
  await screenshot(app, 'copydesk-start-moved')
  await moved.getByRole('button', { name: /^Harbour plan approved/ }).click()
  await expect(app.getByRole('alert')).toContainText('“harbour.copydesk” is no longer at')
  await expect(start).toBeVisible()
  await app.getByRole('button', { name: 'Remove from list' }).click()
  await expect(stories).toHaveCount(1)
  await expect(stories.first()).toContainText('Budget passes')

  // A story the operating system hands over at launch (a double click) opens instead of the start screen.
  const wire = join(home, 'wire.copydesk')
  await writeFile(wire, story('Wire copy', 'From the wire.'))
  main.launchFile = wire
  await app.reload()
  await expect(app.getByTestId('document-name')).toHaveText('wire.copydesk')
  await expect(body(app)).toHaveText('From the wire.')
  // The next launch, with nothing handed over, lists it first.
  await app.reload()
  await expect(stories.first()).toContainText('Wire copy')
})

test('print and Save as PDF: the story as a reader sees it, with the slug and page numbers in the footer; the spell checker follows the story’s language', async ({ app, main, home }) => {
  // The sample story with its quotes marked, a byline, a dek and a slug: marks and panels must not reach paper.
  await app.getByRole('button', { name: 'Accept all' }).click()
  await expect(body(app).locator('.cd-quote').first()).toBeVisible()
  await app.getByLabel('Dek').fill('Moscow says it can prove it stayed out of the vote.')
  await app.getByLabel('Author 1', { exact: true }).fill('Jane Doe')
  await app.getByLabel('Slug').fill('russia-election-evidence')

  const pdf = join(home, 'russia.pdf')
  main.dialogs.answers.save.push(pdf)
  await app.keyboard.press(`${mod}+Shift+p`)
  await expect(app.getByRole('status').filter({ hasText: 'Saved the story as russia.pdf.' })).toBeVisible()
  expect(main.dialogs.calls.at(-1)).toEqual({ dialog: 'save', argument: join(home, 'russia-election-evidence.pdf') })
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-')

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  const flat = text.replace(/\s+/g, ' ')
  expect(flat).toContain("Foreign Ministry says there is evidence of Russia's non-interference in U.S. elections")
  expect(flat).toContain('Moscow says it can prove it stayed out of the vote.')
  expect(flat).toContain('By Jane Doe')
  expect(flat).toContain('We have repeatedly invited the Americans')
  // The footer: the slug and "page / pages" on every page.
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
  expect(pages).toBeGreaterThanOrEqual(1)
  for (let page = 1; page <= pages; page++) {
    const footer = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' })
    expect(footer).toContain('russia-election-evidence')
    expect(footer).toMatch(new RegExp(`\\b${page}\\s*/\\s*${pages}\\b`))
  }
  // None of the app: no buttons, panels, field labels or flags.
  for (const chrome of ['Accept all', 'Review Mode', 'Flags', 'HEADLINE', 'Write the story', 'words', 'Not saved']) expect(flat).not.toContain(chrome)

  // The first page as an image, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(repoRoot, 'test-results/screenshots/copydesk-print')])

  // The spell checker follows the story's language, and so does the page's lang for screen readers.
  await expect.poll(() => main.spellCheckLanguages.at(-1)).toBe('en')
  await app.getByLabel('Language').fill('en-GB')
  await expect.poll(() => main.spellCheckLanguages.at(-1)).toBe('en-GB')
  await expect(app.locator('main.document')).toHaveAttribute('lang', 'en-GB')

  // Print… hands the same page to the system's print dialog.
  await app.keyboard.press(`${mod}+p`)
  await expect.poll(() => main.printRequests).toBe(1)
})

test('the selection bubble formats, links, marks and notes the selected words; the link popover edits and removes a link', async ({ app }) => {
  const bubble = app.getByRole('toolbar', { name: 'Selection' })
  await selectWords(app, 'Washington refused to take this step')
  await expect(bubble).toBeVisible()
  await screenshot(app, 'copydesk-bubble')
  await bubble.getByRole('button', { name: 'Bold' }).click()
  await expect(body(app).locator('strong')).toHaveText('Washington refused to take this step')
  await expect(bubble.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true')

  // A link from the bubble; then, with the caret in it, the popover shows where it goes.
  await bubble.getByRole('button', { name: 'Link', exact: true }).click()
  await bubble.getByLabel('Link address').fill('kommersant.ru/doc/1')
  await bubble.getByLabel('Link address').press('Enter')
  const link = body(app).locator('a')
  await expect(link).toHaveAttribute('href', 'https://kommersant.ru/doc/1')
  await link.click()
  const popover = app.getByRole('dialog', { name: 'Link' })
  await expect(popover).toContainText('https://kommersant.ru/doc/1')
  await screenshot(app, 'copydesk-link-popover')
  await popover.getByRole('button', { name: 'Edit' }).click()
  // The old address is selected, so typing replaces it.
  await app.keyboard.type('https://www.kommersant.ru/doc/2')
  await app.keyboard.press('Enter')
  await expect(link).toHaveAttribute('href', 'https://www.kommersant.ru/doc/2')
  await link.click()
  await popover.getByRole('button', { name: 'Remove' }).click()
  await expect(body(app).locator('a')).toHaveCount(0)
  await expect(body(app).locator('strong')).toHaveText('Washington refused to take this step')

  // Quote… and Note… open the same forms the menus do.
  await selectWords(app, 'the materials')
  await bubble.getByRole('button', { name: 'Note…' }).click()
  await expect(app.getByRole('dialog', { name: /note/i })).toBeVisible()
  await app.keyboard.press('Escape')
  await selectWords(app, 'We have repeatedly invited the Americans')
  await bubble.getByRole('button', { name: 'Quote…' }).click()
  await expect(app.getByRole('dialog', { name: 'Who said it?' })).toBeVisible()
})

test('a story dropped on the window opens: in place when it is a recent story, else as an unsaved copy', async ({ app, main, home }) => {
  const text = serializeArticleFile({ ...newArticle({ headline: 'Harbour plan approved' }), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council voted.' }] }] } })
  const harbour = join(home, 'harbour.copydesk')
  await writeFile(harbour, text)
  main.dialogs.answers.open.push(harbour)
  await app.keyboard.press(`${mod}+o`)
  await expect(app.getByTestId('document-name')).toHaveText('harbour.copydesk')
  await app.keyboard.press(`${mod}+w`)

  const drop = (name: string, contents: string) =>
    app.evaluate(
      ({ fileName, fileText }) => {
        const data = new DataTransfer()
        data.items.add(new File([fileText], fileName, { type: 'application/json' }))
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
      },
      { fileName: name, fileText: contents }
    )
  // The same file, byte for byte: it opens in place, saved, and Save writes to it.
  await drop('harbour.copydesk', text)
  await expect(app.getByTestId('document-name')).toHaveText('harbour.copydesk')
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  await expect(body(app)).toHaveText('The council voted.')
  await body(app).click()
  await app.keyboard.press('End')
  await app.keyboard.type(' Again.')
  await app.keyboard.press(`${mod}+s`)
  await expect.poll(async () => (await readFile(harbour, 'utf8')).includes('Again.')).toBe(true)

  // Another story: a copy, unsaved, and the notice says why it cannot be saved in place.
  await drop('other.copydesk', text.replace('The council voted.', 'Someone else’s story.'))
  await expect(app.getByTestId('document-name')).toHaveText(/^Untitled/)
  await expect(body(app)).toHaveText('Someone else’s story.')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  await expect(app.locator('.notice-message')).toContainText('Opened a copy of “other.copydesk”')
  // A damaged one says what is wrong and keeps the story that was open.
  main.dialogs.answers.unsaved.push('discard')
  await drop('broken.copydesk', '{"format": "copydesk"')
  await expect(app.getByRole('alert')).toContainText('Could not open “broken.copydesk”')
  await expect(body(app)).toHaveText('Someone else’s story.')
})

test('the side panel keeps its tab and width: dragged or arrowed, and the same at the next start', async ({ app, main }) => {
  const panel = app.getByRole('complementary', { name: 'Sourcing' })
  const splitter = app.getByRole('separator', { name: 'Side panel width' })
  await expect(splitter).toHaveAttribute('aria-valuenow', '340')
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  await splitter.focus()
  for (let i = 0; i < 3; i++) await app.keyboard.press('ArrowLeft')
  await expect(splitter).toHaveAttribute('aria-valuenow', '388')
  expect(Math.round((await panel.boundingBox())!.width)).toBe(388)
  // Dragged with the mouse: the edge follows the pointer, within its limits.
  const edge = (await splitter.boundingBox())!
  await app.mouse.move(edge.x + 3, edge.y + 200)
  await app.mouse.down()
  await app.mouse.move(edge.x - 97, edge.y + 200, { steps: 4 })
  await app.mouse.up()
  await expect(splitter).toHaveAttribute('aria-valuenow', '488')
  await expect.poll(() => main.panel).toEqual({ tab: 'quotes', width: 488, shown: true })
  await screenshot(app, 'copydesk-panel-wide')

  await openApp(app)
  await app.keyboard.press(`${mod}+n`)
  await expect(app.getByRole('tab', { name: /^Quotes/ })).toHaveAttribute('aria-selected', 'true')
  await expect(splitter).toHaveAttribute('aria-valuenow', '488')
  expect(Math.round((await panel.boundingBox())!.width)).toBe(488)
})
