import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleDocument } from '../../src/shared/article/document'
import { bodyText } from '../../src/shared/article/stats'
import { body, expect, mod, openApp, screenshot, test } from './fixtures'

/** The body text of the recovery copy in `folder`, or null while there is none. */
async function recoveredBody(folder: string): Promise<string | null> {
  const [file] = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.json'))
  if (!file) return null
  const { document } = JSON.parse(await readFile(join(folder, file), 'utf8')) as { document: ArticleDocument }
  return bodyText(document.body, '\n')
}

test('a crash while typing loses at most about a second: copies are written as typing goes on, and the last is restored', async ({ app, main, home }) => {
  const recoveryFolder = join(main.userDataDir, 'recovery')
  await app.keyboard.press(`${mod}+n`)
  await app.getByLabel('Headline').fill('Ferry strike called off')
  await body(app).click()
  const sentence = '“We have an agreement,” the union said at 2 a.m., after talks that ran all night.'
  const started = Date.now()
  let typingDone = false
  const typing = app.keyboard.type(sentence, { delay: 80 }).then(() => (typingDone = true))
  // Typing never pauses, yet a copy holding some of it is written while it goes on.
  await expect.poll(async () => (await recoveredBody(recoveryFolder))?.startsWith('“We have') ?? false, { timeout: 4000 }).toBe(true)
  expect(typingDone).toBe(false)
  await typing
  const charactersPerSecond = (sentence.length * 1000) / (Date.now() - started)

  // The window goes away without saving the moment typing ends (a crash), and Copydesk starts again.
  await openApp(app)
  const dialog = app.getByRole('dialog', { name: 'Recover unsaved drafts' })
  await expect(dialog).toContainText('Ferry strike called off')
  await expect(dialog).toContainText('never saved')
  await screenshot(app, 'copydesk-recovery')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(app.getByLabel('Headline')).toHaveValue('Ferry strike called off')
  const restored = (await body(app).innerText()).trim()
  expect(sentence.startsWith(restored)).toBe(true)
  // What is missing is the last moment of typing: a copy is at most a second old, plus the time it takes to
  // write one (allowed another second on a loaded machine).
  expect(sentence.length - restored.length).toBeLessThanOrEqual(Math.ceil(charactersPerSecond * 2))
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  await expect(app.locator('.notice-message')).toHaveText('Recovered the draft. It is not saved yet: save it to keep it.')

  // Saving removes the recovery copy.
  main.dialogs.answers.save.push(join(home, 'ferry.copydesk'))
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('ferry.copydesk')
  await expect.poll(async () => (await readdir(recoveryFolder)).length).toBe(0)
})

test('a recovered draft can be discarded, and discarding changes removes the copy', async ({ app, main }) => {
  const recoveryFolder = join(main.userDataDir, 'recovery')
  await body(app).click()
  await app.keyboard.type('Unsaved words. ')
  await expect.poll(async () => (await readdir(recoveryFolder).catch(() => [])).length, { timeout: 5000 }).toBe(1)
  await openApp(app)
  const dialog = app.getByRole('dialog', { name: 'Recover unsaved drafts' })
  await dialog.getByRole('button', { name: 'Discard' }).click()
  await expect.poll(async () => (await readdir(recoveryFolder)).length).toBe(0)

  // Nothing recovered, nothing open: the start screen; a new story from it.
  await app.getByRole('button', { name: /^New story/ }).click()
  await body(app).click()
  await app.keyboard.type('More unsaved words. ')
  await expect.poll(async () => (await readdir(recoveryFolder)).length, { timeout: 5000 }).toBe(1)
  main.dialogs.answers.unsaved.push('discard')
  await app.keyboard.press(`${mod}+n`)
  await expect.poll(async () => (await readdir(recoveryFolder)).length).toBe(0)
})
