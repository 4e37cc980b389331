import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newArticle } from '../../src/shared/article/document'
import { body, expect, mod, openApp, test } from './fixtures'

test('a failed save keeps the draft and offers Save As, which works', async ({ app, main, home }) => {
  await body(app).click()
  await app.keyboard.type('Important draft. ')
  main.dialogs.answers.save.push(join(home, 'gone', 'story.copydesk'))
  await app.keyboard.press(`${mod}+s`)
  const notice = app.getByRole('alert')
  await expect(notice).toContainText('Could not save “story.copydesk”')
  main.dialogs.answers.save.push(join(home, 'story.copydesk'))
  await notice.getByRole('button', { name: 'Save As…' }).click()
  await expect(app.getByTestId('document-name')).toHaveText('story.copydesk')
  expect(await readFile(join(home, 'story.copydesk'), 'utf8')).toContain('Important draft.')
})

test('Ctrl+click opens https and mailto links through main; http and private-network links are refused with the reason shown', async ({ app, main }) => {
  await app.keyboard.press(`${mod}+n`)
  const linkTo = async (address: string): Promise<void> => {
    await body(app).click()
    await app.keyboard.press(`${mod}+a`)
    await app.keyboard.type('Report')
    await app.keyboard.press('Shift+Home')
    await app.keyboard.press(`${mod}+k`)
    await app.getByLabel('Link address').fill(address)
    await app.getByLabel('Link address').press('Enter')
    await body(app).locator('a').click({ modifiers: [mod === 'Meta' ? 'Meta' : 'Control'] })
  }
  await linkTo('https://example.org/report')
  await expect.poll(() => main.openedLinks).toEqual(['https://example.org/report'])
  await linkTo('mailto:desk@example.org?subject=Tip')
  await expect.poll(() => main.openedLinks).toHaveLength(2)
  // A plain click edits, it does not open.
  await body(app).locator('a').click()
  expect(main.openedLinks).toHaveLength(2)

  for (const [address, reason] of [
    ['http://example.org/report', 'opens only https and mailto'],
    ['https://127.0.0.1:631/admin', 'this computer or to a private network'],
    ['https://192.168.1.1/', 'this computer or to a private network']
  ]) {
    await linkTo(address!)
    await expect(app.getByRole('alert')).toContainText(reason!)
  }
  expect(main.openedLinks).toHaveLength(2)
  // A host with no domain (a machine on the local network) cannot even be typed into a link.
  await app.keyboard.press(`${mod}+k`)
  await app.getByLabel('Link address').fill('https://printer/')
  await app.getByLabel('Link address').press('Enter')
  await expect(app.getByRole('alert').filter({ hasText: 'not a valid site name' })).toContainText('“printer” is not a valid site name')
})

test('a .copydesk file carrying hostile attributes or URLs is refused, and nothing in it runs', async ({ app, main, home, page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const hostile = {
    ...newArticle({ headline: '<img src=x onerror="window.__pwned=1">' }),
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { onclick: 'window.__pwned=2' }, content: [{ type: 'text', text: 'x' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'javascript:window.__pwned=3' } }] }] }
      ]
    }
  }
  const path = join(home, 'hostile.copydesk')
  await writeFile(path, JSON.stringify(hostile))
  main.dialogs.answers.open.push(path)
  await app.keyboard.press(`${mod}+o`)
  await expect(app.getByRole('alert')).toContainText('Could not open “hostile.copydesk”: it does not match the Copydesk format')
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])

  // The headline alone is only text: a file with a markup-looking headline opens and shows it as text.
  const textual = join(home, 'textual.copydesk')
  await writeFile(textual, JSON.stringify(newArticle({ headline: '<img src=x onerror="window.__pwned=4">' })))
  main.dialogs.answers.open.push(textual)
  await app.keyboard.press(`${mod}+o`)
  await expect(app.getByLabel('Headline')).toHaveValue('<img src=x onerror="window.__pwned=4">')
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(page.locator('img')).toHaveCount(0)
})

test('a damaged settings file: the app starts, keeps the good settings, and names what it dropped', async ({ page, main, pageErrors }) => {
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())))
  await mkdir(main.userDataDir, { recursive: true })
  await writeFile(main.settingsFile, JSON.stringify({ authorName: 'Jane Doe', theme: 'purple', autosave: true }))
  await main.attach(page)
  await openApp(page)
  await expect(page.getByRole('alert')).toContainText(/Theme \(Invalid option/)
  await expect(page.getByRole('alert')).not.toContainText(/author/i)
  expect(main.settings.get()).toMatchObject({ authorName: 'Jane Doe', autosave: true, theme: 'system' })
})

test('Export starts in the default folder from Settings, as Open and Save do', async ({ app, main, home }) => {
  const folder = join(home, 'Stories')
  await mkdir(folder)
  main.settings.update({ defaultFolder: folder })
  main.dialogs.answers.save.push(null)
  await app.keyboard.press(`${mod}+e`)
  await app.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export…' }).click()
  await expect.poll(() => main.dialogs.calls.find((call) => call.dialog === 'save')?.argument).toMatch(new RegExp(`^${folder}/[^/]+\\.html$`))
})
