import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CURRENT_VERSION } from '../../src/shared/article/document'
import { parseArticleFile } from '../../src/shared/article/fileFormat'
import { bodyText } from '../../src/shared/article/stats'
import { body, expect, mod, openApp, screenshot, test } from './fixtures'

test('first start opens the sample story as an untitled, unedited draft', async ({ app }) => {
  await expect(app.getByLabel('Headline')).toHaveValue('Foreign Ministry says there is evidence of Russia\'s non-interference in U.S. elections')
  await expect(body(app)).toContainText('In an interview published on Monday, February 24, Krutsky said')
  // The page's title is the headline; its repeat over the story is not left as the first paragraph.
  await expect(body(app).locator('p').first()).toHaveText(/^The Foreign Ministry said there was evidence/)
  await expect(body(app)).toContainText('Social Share Buttons and Icons powered by Ultimatelysocial')
  await expect(app.getByTestId('document-name')).toHaveText('Untitled')
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  await expect(app.getByTestId('word-count')).toHaveText('341 words')
  await expect(app.getByTestId('reading-time')).toHaveText('1 min read')
  await expect(app).toHaveTitle('Untitled (Draft) — Copydesk')
  await screenshot(app, 'copydesk-sample')
})

test('type a story, save it, reload, open it again and find every word', async ({ app, main, home }) => {
  await app.keyboard.press(`${mod}+n`)
  await expect(app.getByLabel('Headline')).toHaveValue('')

  await app.getByLabel('Headline').fill('Council approves harbour bridge after night-long session')
  await app.getByLabel('Dek').fill('The vote, 7 to 4, ends a decade of argument over the crossing.')
  await app.getByLabel('Author 1', { exact: true }).fill('Jane Doe')
  await app.getByRole('button', { name: '+ Add author' }).click()
  await app.getByLabel('Author 2', { exact: true }).fill('Ivan Petrov')
  await app.getByLabel('Dateline').fill('PORTSMOUTH')
  await app.getByLabel('Tags').fill('council, transport')
  await app.getByLabel('Word target').fill('400')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  await expect(app).toHaveTitle('• Untitled (Draft) — Copydesk')

  await body(app).click()
  await app.keyboard.type('“We have waited long enough,” the mayor said after the vote.')
  await app.keyboard.press('Enter')
  await app.keyboard.press(`${mod}+b`)
  await app.keyboard.type('Opponents')
  await app.keyboard.press(`${mod}+b`)
  await app.keyboard.type(' said they would appeal.')
  await expect(body(app).locator('strong')).toHaveText('Opponents')
  await expect(app.getByTestId('word-count')).toHaveText('16 words')
  await expect(app.getByTestId('word-target')).toContainText('16 / 400 words (4%)')
  await screenshot(app, 'copydesk-typed')

  const path = join(home, 'harbour-bridge.copydesk')
  main.dialogs.answers.save.push(join(home, 'harbour-bridge'))
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('harbour-bridge.copydesk')
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  await expect(app).toHaveTitle('harbour-bridge.copydesk (Draft) — Copydesk')
  await expect(app.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  // The dialog was offered a name made from the headline, in the documents folder.
  expect(main.dialogs.calls.at(-1)).toEqual({ dialog: 'save', argument: join(home, 'council-approves-harbour-bridge-after-night-long-session.copydesk') })

  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  expect(saved.document.meta).toMatchObject({
    headline: 'Council approves harbour bridge after night-long session',
    byline: ['Jane Doe', 'Ivan Petrov'],
    dateline: 'PORTSMOUTH',
    tags: ['council', 'transport'],
    wordTarget: 400
  })
  expect(bodyText(saved.document.body)).toBe('“We have waited long enough,” the mayor said after the vote.\nOpponents said they would appeal.')

  // A second save goes to the same file without a dialog.
  await body(app).press('End')
  await app.keyboard.type(' More soon.')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  expect(await readFile(path, 'utf8')).toContain('More soon.')

  // The next start shows the start screen, with the story on top of the recent list; Open… works too.
  await app.reload()
  await expect(app.locator('.app')).toHaveAttribute('aria-busy', 'false')
  const start = app.getByRole('main', { name: 'Copydesk' })
  await expect(start).toBeVisible()
  await expect(body(app)).toBeHidden()
  const recent = start.getByRole('listitem').first()
  await expect(recent).toContainText('Council approves harbour bridge after night-long session')
  await expect(recent).toContainText('18 words')
  await expect(recent).toContainText(path)
  await screenshot(app, 'copydesk-start')
  main.dialogs.answers.open.push(path)
  await app.keyboard.press(`${mod}+o`)
  await expect(start).toHaveCount(0)
  await expect(app.getByTestId('document-name')).toHaveText('harbour-bridge.copydesk')
  await expect(app.getByLabel('Headline')).toHaveValue('Council approves harbour bridge after night-long session')
  await expect(app.getByLabel('Dek')).toHaveValue('The vote, 7 to 4, ends a decade of argument over the crossing.')
  await expect(app.getByLabel('Author 1', { exact: true })).toHaveValue('Jane Doe')
  await expect(app.getByLabel('Author 2', { exact: true })).toHaveValue('Ivan Petrov')
  await expect(app.getByLabel('Dateline')).toHaveValue('PORTSMOUTH')
  await expect(app.getByLabel('Tags')).toHaveValue('council, transport')
  await expect(app.getByLabel('Word target')).toHaveValue('400')
  for (const word of '“We have waited long enough,” the mayor said after the vote. Opponents said they would appeal. More soon.'.split(' ')) {
    await expect(body(app)).toContainText(word)
  }
  await expect(body(app).locator('strong')).toHaveText('Opponents')
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  // Undo right after opening has nothing to undo: the opened story is the start of history.
  await expect(app.getByRole('button', { name: /^Undo/ })).toBeDisabled()
})

test('a corrupt file shows what is wrong, keeps the current draft, and is not touched', async ({ app, main, home }) => {
  const path = join(home, 'broken.copydesk')
  await writeFile(path, '{"format": "copydesk", "version": 1, "meta": {')
  const before = await readFile(path)
  main.dialogs.answers.open.push(path)
  await app.keyboard.press(`${mod}+o`)
  const alert = app.getByRole('alert')
  await expect(alert).toContainText('Could not open “broken.copydesk”: it is not valid JSON')
  await expect(app.getByLabel('Headline')).toHaveValue(/Foreign Ministry/)
  expect(await readFile(path)).toEqual(before)
  await screenshot(app, 'copydesk-open-error')

  const newer = join(home, 'newer.copydesk')
  await writeFile(newer, JSON.stringify({ format: 'copydesk', version: CURRENT_VERSION + 1, meta: {}, body: { type: 'doc' } }))
  main.dialogs.answers.open.push(newer)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(alert).toContainText('Could not open “newer.copydesk”: it was saved by a newer version of Copydesk')
  await alert.getByRole('button', { name: 'Dismiss message' }).click()
  await expect(alert).toHaveCount(0)
})

test('a failed save says why and keeps the draft, still marked unsaved', async ({ app, main, home }) => {
  await body(app).click()
  await app.keyboard.type('Breaking: ')
  main.dialogs.answers.save.push(join(home, 'no-such-folder', 'story.copydesk'))
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByRole('alert')).toContainText('Could not save “story.copydesk”: the file or its folder does not exist')
  await expect(app.getByRole('alert')).toContainText('use Save As')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  await expect(body(app)).toContainText('Breaking: ')
})

test('an invalid field is explained beside it and blocks the save with a clear message', async ({ app, main }) => {
  const slug = app.getByLabel('Slug')
  await slug.fill('Not A Slug')
  await expect(app.locator('.field-slug').getByRole('alert')).toHaveText('slug may hold only lowercase letters, digits and single hyphens')
  await app.keyboard.press(`${mod}+s`)
  await expect(app.locator('.notice')).toHaveText(/Not saved: the slug field: slug may hold only lowercase letters.*Correct it and try again\./)
  expect(main.dialogs.calls).toEqual([])
  // Leaving the field tidies it into a valid slug.
  await app.getByLabel('Dateline').click()
  await expect(slug).toHaveValue('not-a-slug')
  await expect(app.locator('.field-slug').getByRole('alert')).toHaveCount(0)
})

test('unsaved changes: Close asks Save / Discard / Cancel', async ({ app, main, home }) => {
  await body(app).click()
  await app.keyboard.type('Edited. ')
  main.dialogs.answers.unsaved.push('cancel')
  await app.keyboard.press(`${mod}+w`)
  await expect(body(app)).toContainText('Edited.')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  expect(main.dialogs.calls.at(-1)).toEqual({ dialog: 'unsaved', argument: 'Untitled' })

  main.dialogs.answers.unsaved.push('discard')
  await app.keyboard.press(`${mod}+w`)
  // Closed: the start screen, nothing unsaved, and only what opens a story is available.
  await expect(app.getByRole('main', { name: 'Copydesk' })).toBeVisible()
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  await expect(app.getByTestId('document-name')).toHaveText('No story open')
  await expect(app.getByRole('button', { name: 'Save', exact: true })).toBeDisabled()
  await app.keyboard.press(`${mod}+s`)
  expect(main.dialogs.calls.filter((call) => call.dialog === 'save')).toHaveLength(0)

  await app.getByRole('button', { name: /^New story/ }).click()
  await expect(app.getByLabel('Headline')).toHaveValue('')
  await expect(body(app)).not.toContainText('Edited.')
  await body(app).click()
  await app.keyboard.type('Keep this.')
  main.dialogs.answers.unsaved.push('save')
  main.dialogs.answers.save.push(join(home, 'kept.copydesk'))
  await app.keyboard.press(`${mod}+w`)
  await expect(app.getByRole('main', { name: 'Copydesk' })).toBeVisible()
  await expect(body(app)).toHaveCount(0)
  expect(await readFile(join(home, 'kept.copydesk'), 'utf8')).toContain('Keep this.')
})

test('closing the window with unsaved changes asks first, and closes only when settled', async ({ app, main }) => {
  await body(app).click()
  await app.keyboard.type('Draft. ')
  main.dialogs.answers.unsaved.push('cancel')
  await main.emit(app, 'window:closeRequested')
  await expect.poll(() => main.dialogs.answers.unsaved.length).toBe(0)
  expect(main.closeConfirmations).toBe(0)

  main.dialogs.answers.unsaved.push('discard')
  await main.emit(app, 'window:closeRequested')
  await expect.poll(() => main.closeConfirmations).toBe(1)
})

test('menu commands reach the page like shortcuts do', async ({ app, main, home }) => {
  main.dialogs.answers.save.push(join(home, 'from-menu.copydesk'))
  await main.emit(app, 'menu:command', 'saveAs')
  await expect(app.getByTestId('document-name')).toHaveText('from-menu.copydesk')
  await main.emit(app, 'menu:command', 'settings')
  await expect(app.getByRole('dialog', { name: 'Settings' })).toBeVisible()
})

test('settings are edited in a dialog, persisted, and used', async ({ app, main, home, page }) => {
  await app.keyboard.press(`${mod}+,`)
  const dialog = app.getByRole('dialog', { name: 'Settings' })
  await dialog.getByLabel('Author name').fill('Jane Doe')
  // Main accepts only a default folder that exists, given as a full path; the dialog says why and stays open.
  await dialog.getByLabel('Default folder').fill('Stories')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The default folder “Stories” cannot be used: it is not a full path; pick the folder with the Choose… button.')
  await mkdir(join(home, 'Stories'))
  main.dialogs.answers.folder.push(join(home, 'Stories'))
  await dialog.getByRole('button', { name: 'Choose…' }).click()
  await expect(dialog.getByLabel('Default folder')).toHaveValue(join(home, 'Stories'))
  await dialog.getByLabel(/Save automatically/).check()
  await dialog.getByLabel('Theme').selectOption('dark')
  await screenshot(app, 'copydesk-settings')
  await dialog.getByRole('button', { name: 'Save settings' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(JSON.parse(await readFile(main.settingsFile, 'utf8'))).toMatchObject({
    authorName: 'Jane Doe',
    defaultFolder: join(home, 'Stories'),
    autosave: true,
    theme: 'dark'
  })

  // A new draft carries the author's name in its byline.
  await app.keyboard.press(`${mod}+n`)
  await expect(app.getByLabel('Author 1', { exact: true })).toHaveValue('Jane Doe')
  await screenshot(app, 'copydesk-dark')

  // Settings survive a restart of the app.
  await openApp(app)
  await app.keyboard.press(`${mod}+,`)
  await expect(app.getByRole('dialog', { name: 'Settings' }).getByLabel('Author name')).toHaveValue('Jane Doe')
})

test('autosave writes a story that has a file shortly after typing stops', async ({ app, main, home }) => {
  await main.settings.update({ autosave: true })
  main.dialogs.answers.save.push(join(home, 'auto.copydesk'))
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('auto.copydesk')
  await openApp(app)
  main.dialogs.answers.open.push(join(home, 'auto.copydesk'))
  await app.keyboard.press(`${mod}+o`)
  await body(app).click()
  await app.keyboard.type('Autosaved words.')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0, { timeout: 10_000 })
  expect(await readFile(join(home, 'auto.copydesk'), 'utf8')).toContain('Autosaved words.')
})

test('links: only http, https and mailto addresses are accepted', async ({ app }) => {
  await app.keyboard.press(`${mod}+n`)
  await body(app).click()
  await app.keyboard.type('Read the report')
  await app.keyboard.press('Shift+Home')
  await app.keyboard.press(`${mod}+k`)
  const address = app.getByLabel('Link address')
  await address.fill('javascript:alert(1)')
  await address.press('Enter')
  await expect(app.getByRole('alert')).toHaveText('Use an http, https or mailto address.')
  await address.fill('example.org/report')
  await address.press('Enter')
  await expect(body(app).locator('a')).toHaveAttribute('href', 'https://example.org/report')
})
