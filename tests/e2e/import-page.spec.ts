import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArticleFile } from '../../src/shared/article/fileFormat'
import { repoRoot } from '../support/paths'
import { body, expect, mod, screenshot, test } from './fixtures'

const WAPO = join(repoRoot, 'tests/fixtures/web-pages/readability/wapo-1/source.html')

test('File > Import of a saved news page previews the article, lets the details be corrected, and brings in the article alone', async ({ app, main, page, home }) => {
  main.dialogs.answers.import.push(WAPO)
  await app.keyboard.press(`${mod}+Shift+o`)
  const dialog = app.getByRole('dialog', { name: 'Import web page' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Headline')).toHaveValue('Attack stokes instability fears in North Africa')
  await expect(dialog.getByLabel(/^Byline/)).toHaveValue('Erin Cunningham')
  await expect(dialog.getByLabel(/^Site/)).toHaveValue('Washington Post')
  await expect(dialog.getByLabel('Dek')).toHaveValue(/assault on Tunisia’s most renowned museum/)
  const preview = dialog.getByRole('region', { name: 'Preview of the text' })
  await expect(preview).toContainText('CAIRO — Gunmen opened fire')
  await expect(preview).toContainText('1,216 words')
  await expect(dialog.getByRole('radio', { name: /The article, as Reader View finds it 1,216 words/ })).toBeChecked()
  await screenshot(app, 'copydesk-import-page')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(app, 'copydesk-import-page-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // The whole page is one click away, and the preview follows the choice.
  await dialog.getByRole('radio', { name: /The whole page/ }).check()
  await expect(preview).not.toContainText('1,216 words')
  await dialog.getByRole('radio', { name: /The article/ }).check()
  await expect(preview).toContainText('1,216 words')

  await dialog.getByLabel('Headline').fill('Museum attack stokes instability fears')
  await dialog.getByLabel('Published').fill('2015-03-18')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(app.getByLabel('Headline')).toHaveValue('Museum attack stokes instability fears')
  await expect(app.getByLabel('Slug')).toHaveValue('museum-attack-stokes-instability-fears')
  await expect(app.getByLabel('Published')).toHaveValue('2015-03-18')
  await expect(app.locator('.origin')).toContainText('Washington Post · http://www.washingtonpost.com/world/')
  await expect(body(app)).toContainText('CAIRO — Gunmen opened fire')
  // The page around the article stays out: its navigation, its share buttons, its comments.
  await expect(body(app)).not.toContainText('Sign in')
  await expect(body(app)).not.toContainText('Comments')
  await app.getByRole('tab', { name: /^Sources/ }).click()
  await expect(app.getByRole('button', { name: /^Washington Post \d+$/ })).toBeVisible()

  // It saves as a story that keeps where it came from.
  const path = join(home, 'museum.copydesk')
  main.dialogs.answers.save.push(path)
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  const saved = parseArticleFile(await readFile(path, 'utf8'))
  if (!saved.ok) throw new Error(saved.problem)
  expect(saved.document.meta).toMatchObject({ published: '2015-03-18', byline: ['Erin Cunningham'], origin: { siteName: 'Washington Post' } })
  expect(saved.document.sources).toEqual([expect.objectContaining({ name: 'Washington Post', kind: 'publication' })])
})

test('cancelling the import dialog keeps the current draft; a dropped page asks the same question', async ({ app, main }) => {
  main.dialogs.answers.import.push(WAPO)
  await app.getByRole('button', { name: 'Import…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Import web page' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(app.getByLabel('Headline')).toHaveValue(/Foreign Ministry/)

  const html = await readFile(WAPO, 'utf8')
  await app.evaluate((page) => {
    const data = new DataTransfer()
    data.items.add(new File([page], 'tunisia.html', { type: 'text/html' }))
    document.querySelector('.ProseMirror')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, html)
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('“tunisia.html”')
  await dialog.getByRole('radio', { name: /The whole page/ }).check()
  await app.keyboard.press('Enter')
  await expect(app.getByLabel('Headline')).toHaveValue('Attack stokes instability fears in North Africa')
  await expect(app.locator('.notice-message')).toContainText('Imported “tunisia.html” as a new draft.')
})
