import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArticleFile } from '../../src/shared/article/fileFormat'
import { startWordpress, type WordpressSite } from '../support/wordpressServer'
import { body, expect, mod, passReviewGate, screenshot, test } from './fixtures'

let site: WordpressSite
test.beforeAll(async () => {
  site = await startWordpress()
})
test.afterAll(async () => site?.close())

/** The post as another client reads it through the REST API. */
async function readPost(id: number): Promise<{ status: string; title: { raw: string }; content: { raw: string }; slug: string }> {
  const response = await fetch(`${site.url}/wp-json/wp/v2/posts/${id}?context=edit`, {
    headers: { Authorization: `Basic ${Buffer.from(`${site.editor.user}:${site.editor.password}`).toString('base64')}` }
  })
  return response.json()
}

// Settings ▸ WordPress, Test connection, then File ▸ Send to WordPress… on the sample story, against a real
// WordPress: a draft arrives; saved, the story remembers it, and sending again after an edit updates it.
test('send the sample story to a real WordPress from the app, then update it', async ({ app, main, home }) => {
  test.setTimeout(120_000)
  await app.keyboard.press(`${mod}+,`)
  const settings = app.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel('WordPress site').fill(site.url)
  await settings.getByLabel('WordPress user').fill(site.editor.user)
  await settings.getByLabel('Application password').fill('wrong password here')
  await settings.getByRole('button', { name: 'Test connection' }).click()
  await expect(settings.getByRole('alert')).toContainText('did not accept the user name “eddie” with that application password')
  await settings.getByLabel('Application password').fill(site.editor.password)
  await settings.getByRole('button', { name: 'Test connection' }).click()
  await expect(settings.getByRole('status')).toHaveText('Connected to Copydesk Test Desk as Eddie Editor, who may create posts.')
  // Plain Node has no operating-system store: the app says the password is kept for this session only.
  await expect(settings.getByRole('note')).toContainText('no secure storage')
  await screenshot(app, 'copydesk-wordpress-settings')
  await settings.getByRole('button', { name: 'Save settings' }).click()
  await expect(settings).toHaveCount(0)
  const settingsFile = await readFile(main.settingsFile, 'utf8')
  expect(JSON.parse(settingsFile)).toMatchObject({ wordpressSite: site.url, wordpressUser: 'eddie' })
  expect(settingsFile).not.toContain(site.editor.password)

  await expect(app.getByTestId('suggestion')).toHaveCount(10)
  await app.getByRole('button', { name: 'Accept all' }).click()
  await app.getByRole('button', { name: 'Send to WordPress…' }).click()
  await passReviewGate(app, 'Send', 10)
  const dialog = app.getByRole('dialog', { name: 'Send to WordPress' })
  await expect(dialog.getByTestId('send-plan')).toHaveText(/^A new post on 127\.0\.0\.1:\d+\.$/)
  await screenshot(app, 'copydesk-send-dialog')
  await dialog.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(dialog.getByTestId('send-result')).toContainText('Sent: post')
  await screenshot(app, 'copydesk-send-result')
  const id = Number(/post (\d+)/.exec((await dialog.getByTestId('send-result').textContent()) ?? '')?.[1])
  expect((await readPost(id)).status).toBe('draft')
  expect((await readPost(id)).content.raw).toContain('We have repeatedly invited the Americans')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Saved, the story remembers the post; an edit sent again updates it, saying what changes.
  const path = join(home, 'sent.copydesk')
  main.dialogs.answers.save.push(path)
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('sent.copydesk')
  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  expect(saved.document.sentTo).toMatchObject([{ cms: 'wordpress', postId: id }])
  expect(await readFile(path, 'utf8')).not.toContain(site.editor.password)

  await app.getByLabel('Headline').fill('Moscow says it has evidence of non-interference')
  // This time from the File menu (main sends the menu's command to the page).
  await main.emit(app, 'menu:command', 'sendToWordpress')
  await passReviewGate(app, 'Send', 10)
  // The slug followed the rewritten headline (the reporter never wrote one of their own), so it changes too.
  await expect(dialog.getByTestId('send-plan')).toHaveText(new RegExp(`^Updates post ${id} on 127\\.0\\.0\\.1:\\d+: the headline, the slug will change\\.$`))
  await dialog.getByLabel('Pending review').check()
  await dialog.getByRole('button', { name: 'Update post' }).click()
  await expect(dialog.getByTestId('send-result')).toContainText(`Updated: post ${id}`)
  const updated = await readPost(id)
  expect(updated.title.raw).toBe('Moscow says it has evidence of non-interference')
  expect(updated.slug).toBe('moscow-says-it-has-evidence-of-non-interference')
  expect(updated.status).toBe('pending')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // The site goes down between the plan and the send: the dialog says so, and the story is as it was.
  await app.keyboard.press(`${mod}+Alt+w`)
  await passReviewGate(app, 'Send', 10)
  await expect(dialog.getByTestId('send-plan')).toContainText(`Updates post ${id}`)
  await site.stop()
  try {
    await dialog.getByRole('button', { name: 'Update post' }).click()
    await expect(dialog.getByRole('alert')).toContainText('Nothing answers at 127.0.0.1')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  } finally {
    await site.start()
  }
  await expect(body(app)).toContainText('We have repeatedly invited the Americans')
})
