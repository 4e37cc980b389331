import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { body, expect, mod, openApp, screenshot, test } from './fixtures'

test('a crash loses at most a second of typing: the draft is offered on the next start and restored exactly', async ({ app, main, home }) => {
  const recoveryFolder = join(main.userDataDir, 'recovery')
  await app.keyboard.press(`${mod}+n`)
  await app.getByLabel('Headline').fill('Ferry strike called off')
  await body(app).click()
  await app.keyboard.type('“We have an agreement,” the union said at 2 a.m.')
  await expect.poll(async () => (await readdir(recoveryFolder).catch(() => [])).length, { timeout: 5000 }).toBe(1)
  const typed = await body(app).locator('p').allTextContents()

  // The window goes away without saving (a crash), and Copydesk starts again.
  await openApp(app)
  const dialog = app.getByRole('dialog', { name: 'Recover unsaved drafts' })
  await expect(dialog).toContainText('Ferry strike called off')
  await expect(dialog).toContainText('never saved')
  await screenshot(app, 'copydesk-recovery')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(app.getByLabel('Headline')).toHaveValue('Ferry strike called off')
  await expect(body(app).locator('p')).toHaveText(typed)
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

  await body(app).click()
  await app.keyboard.type('More unsaved words. ')
  await expect.poll(async () => (await readdir(recoveryFolder)).length, { timeout: 5000 }).toBe(1)
  main.dialogs.answers.unsaved.push('discard')
  await app.keyboard.press(`${mod}+n`)
  await expect.poll(async () => (await readdir(recoveryFolder)).length).toBe(0)
})
