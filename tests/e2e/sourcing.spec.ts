import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArticleFile } from '../../src/shared/article/fileFormat'
import { body, expect, mod, screenshot, test } from './fixtures'

test('mark a quote by hand and give it a new source', async ({ app, main, home }) => {
  await app.keyboard.press(`${mod}+n`)
  await body(app).click()
  await app.keyboard.type('“The bridge will open in May,” the mayor said.')
  // Select the quotation, marks included.
  await app.keyboard.press('Home')
  for (let i = 0; i < '“The bridge will open in May,”'.length; i++) await app.keyboard.press('Shift+ArrowRight')
  // Every keypress extended the selection, even while the analysis redrew its underlines.
  await app.waitForFunction(() => String(window.getSelection()) === '“The bridge will open in May,”', undefined, { timeout: 5000 })
  await app.keyboard.press(`${mod}+Shift+q`)
  const popover = app.getByRole('dialog', { name: 'Who said it?' })
  await popover.getByPlaceholder('Type a name…').fill('Maria Lopez')
  await expect(popover.getByRole('option', { name: 'New source “Maria Lopez”' })).toBeVisible()
  await screenshot(app, 'copydesk-mark-quote')
  await popover.getByPlaceholder('Type a name…').press('Enter')
  await expect(popover).toHaveCount(0)

  const quote = body(app).locator('.cd-quote')
  await expect(quote).toHaveText('“The bridge will open in May,”')
  await app.getByRole('tab', { name: /^Sources/ }).click()
  await expect(app.getByRole('button', { name: /Maria Lopez\s*1/ })).toBeVisible()
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  await expect(app.locator('.quote-list')).toContainText('Maria Lopez')

  // Hover shows the speaker and status, the review status and where the quote came from.
  await quote.hover()
  await expect(app.getByRole('tooltip')).toHaveText('Maria Lopez · On the recordUnchecked · provenance not recorded')

  // Undo removes the mark, redo brings it back.
  await body(app).click()
  await app.keyboard.press(`${mod}+z`)
  await expect(body(app).locator('.cd-quote')).toHaveCount(0)
  await app.keyboard.press(`${mod}+Shift+z`)
  await expect(body(app).locator('.cd-quote')).toHaveCount(1)

  // A block quote carries a source too: Ctrl+Shift+Q with the cursor in it.
  await body(app).click()
  await app.keyboard.press('End')
  await app.keyboard.press('Enter')
  await app.keyboard.type('We expect the first trains to cross in the autumn.')
  await app.keyboard.press(`${mod}+Shift+b`)
  await app.keyboard.press(`${mod}+Shift+q`)
  const blockPopover = app.getByRole('dialog', { name: 'Who is this block quote from?' })
  await blockPopover.getByPlaceholder('Type a name…').fill('Lopez')
  await blockPopover.getByRole('option', { name: 'Maria Lopez' }).click()
  await expect(body(app).locator('blockquote[data-source-id]')).toHaveText('We expect the first trains to cross in the autumn.')
  await app.getByRole('tab', { name: /^Sources/ }).click()
  await expect(app.getByRole('button', { name: /Maria Lopez\s*2/ })).toBeVisible()
  await body(app).locator('blockquote').click()
  await app.keyboard.press(`${mod}+z`)
  await expect(body(app).locator('blockquote[data-source-id]')).toHaveCount(0)
  await app.keyboard.press(`${mod}+Shift+z`)
  await expect(body(app).locator('blockquote[data-source-id]')).toHaveCount(1)

  // The mark and the source survive save and open.
  main.dialogs.answers.save.push(join(home, 'marked.copydesk'))
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('marked.copydesk')
  const saved = parseArticleFile(await readFile(join(home, 'marked.copydesk'), 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  expect(saved.document.sources.map((s) => s.name)).toEqual(['Maria Lopez'])
  await app.keyboard.press(`${mod}+n`)
  main.dialogs.answers.open.push(join(home, 'marked.copydesk'))
  await app.keyboard.press(`${mod}+o`)
  await expect(body(app).locator('.cd-quote')).toHaveText('“The bridge will open in May,”')
  await app.getByRole('tab', { name: /^Sources/ }).click()
  await expect(app.getByRole('button', { name: /Maria Lopez\s*2/ })).toBeVisible()
})

test('the sample story: accept the suggestions and every quote is attributed; the flags show', async ({ app }) => {
  const flags = app.getByTestId('flag')
  await expect(flags.filter({ hasText: 'Andrei Krutsky is introduced twice' })).toBeVisible()
  await expect(flags.filter({ hasText: '“Leave a Reply” looks like web-page boilerplate' })).toBeVisible()
  await expect(flags.filter({ hasText: '“Putin\'s autograph sold at auction for $5,000” reads like a headline' })).toBeVisible()
  await expect(flags.filter({ hasText: 'Second-hand' })).toBeVisible()
  await expect(app.getByTestId('suggestion')).toHaveCount(10)
  // Nothing changes in the text until the user accepts.
  await expect(body(app).locator('.cd-quote')).toHaveCount(0)
  await expect(body(app).locator('.cd-suggestion').first()).toBeVisible()
  await screenshot(app, 'copydesk-suggestions')

  // Dismiss one, then accept the rest.
  const washington = app.getByTestId('suggestion').filter({ hasText: '“sensitivity”' })
  await washington.getByRole('button', { name: 'Dismiss' }).click()
  await expect(app.getByTestId('suggestion')).toHaveCount(9)
  await app.getByRole('button', { name: 'Accept all' }).click()
  await expect(app.getByTestId('suggestion')).toHaveCount(0)
  await expect(body(app).locator('.cd-quote')).toHaveCount(9)
  await expect(body(app).locator('.cd-quote.cd-unattributed')).toHaveCount(0)
  const direct = body(app).locator('.cd-quote[data-kind="direct"]')
  await expect(direct).toContainText('We have repeatedly invited the Americans')
  await expect(body(app).locator('.cd-attribution').filter({ hasText: 'the special representative of the president added' })).toHaveCount(1)

  await app.getByRole('tab', { name: /^Sources/ }).click()
  await expect(app.getByRole('button', { name: /Andrei Krutsky\s*4/ })).toBeVisible()
  await app.getByRole('button', { name: /^Andrei Krutsky\s*\d/ }).click()
  await expect(body(app).locator('.cd-highlight').first()).toBeVisible()
  await screenshot(app, 'copydesk-sources')
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  await expect(app.locator('.quote-speaker.missing')).toHaveCount(0)
  await screenshot(app, 'copydesk-quotes')

  // One undo takes back the whole "Accept all".
  await body(app).click()
  await app.keyboard.press(`${mod}+z`)
  await expect(body(app).locator('.cd-quote')).toHaveCount(0)
})

test('lines that are not story text are removed in one click, never silently, and one undo brings them back', async ({ app }) => {
  const remove = app.getByRole('button', { name: 'Remove non-story lines (4)' })
  await expect(remove).toBeVisible()
  await expect(body(app)).toContainText('Leave a Reply')
  await remove.click()
  for (const gone of ['Leave a Reply', 'Your email address will not be published', 'Social Share Buttons', 'Putin\'s autograph']) {
    await expect(body(app)).not.toContainText(gone)
  }
  await expect(body(app)).toContainText('including in the electoral processes.According to him')
  await expect(body(app)).toContainText('The report concluded that there was no collusion between Trump and Russia.')
  await expect(app.getByTestId('flag').filter({ hasText: 'Not story text' })).toHaveCount(0)
  await body(app).click()
  await app.keyboard.press(`${mod}+z`)
  await expect(body(app)).toContainText('Leave a Reply')
  await expect(body(app)).toContainText('Putin\'s autograph sold at auction')
})
