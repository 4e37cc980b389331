import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArticleFile, serializeArticleFile } from '../../src/shared/article/fileFormat'
import { exportArticle } from '../../src/shared/export'
import { articleWithEveryMark } from '../support/articles'
import { body, expect, mod, screenshot, test } from './fixtures'

// The editor's side, as an editor would use it: open a reporter's story with two marked quotes, switch on review
// mode, verify one from the keyboard, walk to the next open item with F8, query it, sign off, then edit the
// verified quote: the sign-off reopens and the quote is unchecked again. Saved and read back, the file holds
// every status and log entry; no CMS export holds any of it.
test('an editor verifies, queries and signs off, and an edit reopens the story', async ({ app, main, home }) => {
  const path = join(home, 'krutsky.copydesk')
  await writeFile(path, serializeArticleFile(articleWithEveryMark()))
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByTestId('document-name')).toHaveText('krutsky.copydesk')
  await expect(app.getByTestId('review-state')).toHaveText('Draft')
  await expect(app.getByTestId('review-summary')).toHaveText('2 quotes: 0 verified, 0 query, 2 unchecked; 0 unattributed, 1 anonymous; 0 open notes')

  await app.keyboard.press(`${mod}+Alt+r`)
  await expect(app.getByRole('button', { name: 'Review Mode' })).toHaveAttribute('aria-pressed', 'true')
  // Review mode draws each quote's status over its words (a decoration, not part of the story).
  const statusOf = (quoteId: string) => body(app).locator(`[data-quote-id="${quoteId}"] [data-review]`).first()
  const first = statusOf('q-1')
  await expect(first).toHaveAttribute('data-review', 'unchecked')

  // The first status asks who is reviewing, once; the name is kept in settings.
  await body(app).locator('[data-quote-id="q-1"]').nth(1).click()
  await app.keyboard.press('v')
  await app.getByLabel('Your name').fill('Ed Itor')
  await app.getByRole('button', { name: 'Continue' }).click()
  await expect(first).toHaveAttribute('data-review', 'verified')
  // Its attribution shows its status too.
  await expect(body(app).locator('[data-attribution-id="a-1"] [data-review]')).toHaveAttribute('data-review', 'verified')
  await expect(body(app)).toContainText('“We have nothing to hide,”')
  await expect(app.getByTestId('review-state')).toHaveText('In review')

  // F8 walks the open items in story order: the analysis's flag on the unnamed official, then the quote after it.
  await expect(app.getByRole('tab', { name: 'Review (8)' })).toBeVisible()
  const selected = () => app.evaluate(() => window.getSelection()?.toString())
  await app.keyboard.press('F8')
  await expect.poll(selected).toBe('An official')
  await app.keyboard.press('F8')
  await expect.poll(selected).toBe('farce')
  await app.keyboard.press('Shift+F8')
  await expect.poll(selected).toBe('An official')
  await app.keyboard.press('F8')
  await expect.poll(selected).toBe('farce')
  await app.keyboard.press('q')
  await expect(statusOf('q-2')).toHaveAttribute('data-review', 'query')
  await expect(app.getByTestId('review-summary')).toHaveText('2 quotes: 1 verified, 1 query, 0 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
  await screenshot(app, 'copydesk-review-mode')

  // The attribution report, from the Review menu: the one output with review data.
  main.dialogs.answers.save.push(join(home, 'report.html'))
  await main.emit(app, 'menu:command', 'report')
  await app.getByRole('dialog', { name: 'Attribution report' }).getByRole('button', { name: 'Save report…' }).click()
  await expect(app.locator('.notice-message')).toHaveText('Wrote the attribution report to report.html.')
  const report = await readFile(join(home, 'report.html'), 'utf8')
  expect(report).toContain('2 quotes: 1 verified, 1 query, 0 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
  expect(report).toMatch(/<td>Query<\/td><td>Ed Itor<\/td>/)

  // The reporter's provenance, recorded in the Quotes panel and shown on the hover card.
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  const firstItem = app.getByTestId('quote-item').first()
  await firstItem.getByRole('button', { name: 'Record provenance' }).click()
  const form = firstItem.getByRole('form', { name: 'Where this quote came from' })
  await form.getByLabel('Came from').selectOption('recording')
  await form.getByLabel('Recording file').fill('krutsky-interview.m4a')
  await form.getByLabel('At (timestamp)').fill('00:14:32')
  await screenshot(app, 'copydesk-provenance-form')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(firstItem.getByTestId('quote-provenance')).toHaveText('Recording, krutsky-interview.m4a at 00:14:32')
  await screenshot(app, 'copydesk-provenance')
  await body(app).locator('[data-quote-id="q-1"]').first().hover()
  await expect(app.getByRole('tooltip')).toContainText('Verified · Recording, krutsky-interview.m4a at 00:14:32')

  await main.emit(app, 'menu:command', 'signOff')
  await expect(app.getByRole('dialog', { name: 'Sign off this story' })).toContainText('Still open: 1 quote not verified.')
  await app.getByLabel('Comment (optional)').fill('Cleared for the web')
  await app.getByRole('button', { name: 'Approve story' }).click()
  await expect(app.getByTestId('review-state')).toHaveText('Approved')
  await expect(app).toHaveTitle('• krutsky.copydesk (Approved) — Copydesk')

  // An edit to the verified quote's words: unchecked again, and the sign-off reopens.
  await app.keyboard.press(`${mod}+Alt+r`)
  await expect(app.getByRole('button', { name: 'Review Mode' })).toHaveAttribute('aria-pressed', 'false')
  await body(app).locator('[data-quote-id="q-1"]').nth(1).click()
  await app.keyboard.type('x')
  await expect(app.getByTestId('review-state')).toHaveText('In review')
  await expect(app.getByTestId('review-summary')).toHaveText('2 quotes: 0 verified, 1 query, 1 unchecked; 0 unattributed, 1 anonymous; 0 open notes')

  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  const { review } = saved.document
  expect(review.quotes['q-2']).toMatchObject({ status: 'query' })
  expect(review.quotes['q-1']!.provenance).toMatchObject({ kind: 'recording', file: 'krutsky-interview.m4a', timestamp: '00:14:32' })
  expect(review.quotes['q-1']).toMatchObject({ status: 'unchecked', checkedText: null })
  expect(review.signOff).toBeNull()
  expect(review.log.map((entry) => [entry.by, entry.action, entry.quoteId])).toEqual([
    ['Ed Itor', 'status', 'q-1'],
    ['Ed Itor', 'status', 'q-2'],
    ['Ed Itor', 'provenance', 'q-1'],
    ['Ed Itor', 'approved', null],
    ['Ed Itor', 'edited', 'q-1'],
    ['Ed Itor', 'reopened', null]
  ])
  expect(review.log.at(-1)!.detail).toContain('now reads')
  for (const format of ['fragment', 'wordpress'] as const) {
    const exported = exportArticle(saved.document, format)
    expect(exported).not.toContain('Ed Itor')
    expect(exported).not.toContain('Cleared for the web')
    expect(exported).not.toContain('krutsky-interview')
  }
})

// The gate: with the setting on, a story with quotes not verified cannot leave; verified, it leaves without a word.
// (In the dark theme, for a look at review mode there.)
test('the gate before the CMS blocks unverified quotes when settings say so, and opens once they are verified', async ({ app, main, home }) => {
  const path = join(home, 'gate.copydesk')
  await writeFile(path, serializeArticleFile(articleWithEveryMark()))
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByTestId('document-name')).toHaveText('gate.copydesk')

  await app.keyboard.press(`${mod}+,`)
  const settings = app.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel('Author name').fill('Ed Itor')
  await settings.getByLabel(/Never export or copy for the CMS/).check()
  await settings.getByLabel('Theme').selectOption('dark')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toHaveCount(0)
  expect(JSON.parse(await readFile(main.settingsFile, 'utf8'))).toMatchObject({ blockUnreviewed: true })

  await app.keyboard.press(`${mod}+Shift+c`)
  const gate = app.getByRole('dialog', { name: 'The review is not finished' })
  await expect(gate.getByRole('listitem')).toHaveText(['unchecked “We have nothing to hide” — Andrei Krutsky', 'unchecked “farce” — Deep Throat (not on the record)'])
  await expect(gate.getByRole('button', { name: 'Copy anyway' })).toHaveCount(0)
  await gate.getByRole('button', { name: 'Close' }).click()
  expect(main.dialogs.clipboard).toEqual([])

  await app.keyboard.press(`${mod}+Alt+r`)
  // Review keys act once review mode is on; before that a V is a letter typed into the story.
  await expect(body(app).locator('[data-quote-id="q-1"] [data-review]').first()).toHaveAttribute('data-review', 'unchecked')
  for (const quoteId of ['q-1', 'q-2']) {
    await body(app).locator(`[data-quote-id="${quoteId}"]`).last().click()
    await app.keyboard.press('v')
    await expect(body(app).locator(`[data-quote-id="${quoteId}"] [data-review]`).first()).toHaveAttribute('data-review', 'verified')
  }
  await expect(app.getByTestId('review-summary')).toHaveText('2 quotes: 2 verified, 0 query, 0 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
  // The pointer rests on the last quote verified: its card shows the new status at once.
  await expect(app.getByRole('tooltip')).toContainText('Verified · provenance not recorded')
  await screenshot(app, 'copydesk-review-mode-dark')
  await app.keyboard.press(`${mod}+Shift+c`)
  await expect(app.locator('.notice-message')).toContainText('Copied the story as HTML')
  expect(main.dialogs.clipboard).toHaveLength(1)
})

// A block quote given a speaker is a quote for the review too: a status from the keyboard and the Quotes panel,
// in the summary and F8's walk, and unchecked again when its words change.
test('a sourced block quote is reviewed like any quote', async ({ app, main, home }) => {
  const story = articleWithEveryMark()
  story.body.content!.find((node) => node.type === 'blockquote')!.attrs = { sourceId: 's-krutsky', id: 'b-1' }
  const path = join(home, 'block.copydesk')
  await writeFile(path, serializeArticleFile(story))
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByTestId('review-summary')).toHaveText('3 quotes: 0 verified, 0 query, 3 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
  // F8 reaches it, after the items above it.
  await body(app).locator('[data-quote-id="q-2"]').click()
  const reached: string[] = []
  for (let i = 0; i < 10 && !reached.includes('A block quote.'); i++) {
    await app.keyboard.press('F8')
    await expect.poll(() => app.evaluate(() => window.getSelection()?.toString())).not.toBe(reached.at(-1) ?? 'farce')
    reached.push((await app.evaluate(() => window.getSelection()?.toString()))!)
  }
  expect(reached).toContain('A block quote.')

  await app.keyboard.press(`${mod}+Alt+r`)
  const block = body(app).locator('blockquote[data-block-quote-id="b-1"]')
  await expect(block).toHaveAttribute('data-review', 'unchecked')
  await block.click()
  await app.keyboard.press('v')
  await app.getByLabel('Your name').fill('Ed Itor')
  await app.getByRole('button', { name: 'Continue' }).click()
  await expect(block).toHaveAttribute('data-review', 'verified')
  await expect(block).toHaveText('A block quote.')
  await expect(app.getByTestId('review-summary')).toHaveText('3 quotes: 1 verified, 0 query, 2 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
  await app.getByRole('tab', { name: /^Quotes/ }).click()
  await expect(app.getByTestId('quote-item').last().getByLabel('Review status')).toHaveValue('verified')

  // Its words edited: unchecked again, logged.
  await app.keyboard.press(`${mod}+Alt+r`)
  await expect(app.getByRole('button', { name: 'Review Mode' })).toHaveAttribute('aria-pressed', 'false')
  await block.click()
  await app.keyboard.press('End')
  await app.keyboard.type(' Indeed.')
  await expect(app.getByTestId('review-summary')).toHaveText('3 quotes: 0 verified, 0 query, 3 unchecked; 0 unattributed, 1 anonymous; 0 open notes')
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  expect(saved.document.review.log.map((entry) => [entry.action, entry.quoteId])).toEqual([
    ['status', 'b-1'],
    ['edited', 'b-1']
  ])
})
