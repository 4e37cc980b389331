import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXPORT_FORMATS } from '../../src/shared/export'
import { repoRoot } from '../support/paths'
import { xmlSchemaErrors } from '../support/validators'
import { body, expect, mod, passReviewGate, screenshot, test } from './fixtures'

test('export the attributed sample story in every format, and copy it as HTML', async ({ app, main, home }) => {
  await expect(app.getByTestId('suggestion')).toHaveCount(10)
  await app.getByRole('button', { name: 'Accept all' }).click()
  await expect(body(app).locator('.cd-quote')).toHaveCount(10)

  for (const [format, { label, extension }] of Object.entries(EXPORT_FORMATS)) {
    main.dialogs.answers.save.push(join(home, `story-${format}.${extension}`))
    await app.keyboard.press(`${mod}+e`)
    const dialog = app.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel(label).check()
    if (format === 'fragment') await screenshot(app, 'copydesk-export')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    // No editor has verified the ten quotes: the gate lists them and asks.
    if (format === 'fragment') await screenshot(app, 'copydesk-review-gate')
    await passReviewGate(app, 'Export', 10)
    await expect(app.locator('.notice-message')).toHaveText(`Exported to story-${format}.${extension}.`)
  }

  const fragment = await readFile(join(home, 'story-fragment.html'), 'utf8')
  expect(fragment).toContain('data-speaker="Andrei Krutsky"')
  expect(fragment).toContain('the special representative of the president added</span>')
  expect(fragment).not.toContain('cd-quote')
  const page = await readFile(join(home, 'story-page.html'), 'utf8')
  expect(page).toContain('"@type": "NewsArticle"')
  expect(JSON.parse(await readFile(join(home, 'story-wordpress.json'), 'utf8')).status).toBe('draft')
  expect(await readFile(join(home, 'story-markdown.md'), 'utf8')).toContain('# Foreign Ministry says there is evidence')
  const nitf = await readFile(join(home, 'story-nitf.xml'), 'utf8')
  expect(nitf).toContain('<q quote-source="Andrei Krutsky, the Russian President’s special representative')
  expect(await xmlSchemaErrors(nitf, join(repoRoot, 'tests/fixtures/nitf/nitf-3.6.xsd'))).toBe('')

  await app.keyboard.press(`${mod}+Shift+c`)
  await passReviewGate(app, 'Copy', 10)
  await expect(app.locator('.notice-message')).toContainText('Copied the story as HTML')
  const copied = main.dialogs.clipboard.at(-1)!
  expect(copied.html).toContain('<span class="quote"')
  expect(copied.text).toContain('“We have repeatedly invited the Americans')
  expect(copied.text).not.toContain('<')
})

test('exporting without attribution leaves no speaker attributes', async ({ app, main, home }) => {
  await app.getByRole('button', { name: 'Accept all' }).click()
  main.dialogs.answers.save.push(join(home, 'plain.html'))
  await app.getByRole('button', { name: 'Export…' }).click()
  const dialog = app.getByRole('dialog', { name: 'Export' })
  await dialog.getByLabel(/Include who said each quote/).uncheck()
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await passReviewGate(app, 'Export', 10)
  await expect(app.locator('.notice-message')).toHaveText('Exported to plain.html.')
  const fragment = await readFile(join(home, 'plain.html'), 'utf8')
  expect(fragment).not.toMatch(/data-speaker|class=/)
  expect(fragment).toContain('“We have repeatedly invited the Americans')
})
