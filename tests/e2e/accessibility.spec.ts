import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { repoRoot } from '../support/paths'
import { body, expect, mod, openApp, screenshot, selectWords, test } from './fixtures'

// Issues 15 and 16: axe-core (the engine behind Lighthouse's and Deque's accessibility checks) on every screen, in
// both themes: no violation at all, of any impact. Its WCAG 2.1 A and AA rules (colour contrast among them) and its
// best practices (one level-one heading, landmarks).

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`))
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes axe-core in the ${theme} theme`, async ({ app, main }) => {
    // The theme chosen, and the sample story again at this start (first start showed it already).
    main.settings.update({ theme, sampleShown: false })
    await openApp(app)
    await expect(app.locator('html')).toHaveAttribute('data-theme', theme)
    // Each screen checked is also photographed in both themes (test-results/screenshots/copydesk-a11y-…), to look at.
    const check = async (screen: string): Promise<void> => {
      expect(await axeViolations(app), `${screen}, ${theme} theme`).toEqual([])
      await screenshot(app, `copydesk-a11y-${screen.replace(/^the /, '').replace(/\W+/g, '-').toLowerCase()}-${theme}`)
    }

    // The story with its flags, suggestions and panels (the sample story opens at first start... or again here).
    await expect(body(app)).toBeVisible()
    await expect(app.getByTestId('suggestion').first()).toBeVisible()
    await check('the story with the Review panel')
    await app.getByRole('button', { name: 'Accept all' }).click()
    for (const tab of ['Sources', 'Quotes', 'Notes']) {
      await app.getByRole('tab', { name: new RegExp(`^${tab}`) }).click()
      await check(`the ${tab} panel`)
    }
    await app.keyboard.press(`${mod}+Alt+r`)
    await expect(app.getByRole('button', { name: 'Review Mode' })).toHaveAttribute('aria-pressed', 'true')
    await check('review mode')
    await app.keyboard.press(`${mod}+Alt+r`)

    await selectWords(app, 'Washington refused to take this step')
    await expect(app.getByRole('toolbar', { name: 'Selection' })).toBeVisible()
    await check('the selection bubble')

    await selectWords(app, 'Washington refused to take this step')
    await app.keyboard.press(`${mod}+Shift+q`)
    await expect(app.getByRole('dialog', { name: 'Who said it?' })).toBeVisible()
    await check('the Who said it popover')
    await app.keyboard.press('Escape')

    await body(app).click()
    await app.keyboard.press(`${mod}+h`)
    await app.getByLabel('Find', { exact: true }).fill('Krutsky')
    await check('find and replace')
    await app.keyboard.press('Escape')

    for (const [shortcut, dialog] of [
      [`${mod}+/`, 'Keyboard shortcuts'],
      [`${mod}+,`, 'Settings'],
      [`${mod}+e`, 'Export']
    ] as const) {
      await app.keyboard.press(shortcut)
      await expect(app.getByRole('dialog', { name: dialog })).toBeVisible()
      await check(`the ${dialog} dialog`)
      await app.keyboard.press('Escape')
      await expect(app.getByRole('dialog', { name: dialog })).toHaveCount(0)
    }

    await app.keyboard.press('F11')
    await check('focus mode')
    await app.keyboard.press('F11')

    // File ▸ Import of a web page: its preview dialog (cancelled, so the story stays).
    main.dialogs.answers.unsaved.push('discard')
    main.dialogs.answers.import.push(join(repoRoot, 'tests/fixtures/web-pages/readability/wapo-1/source.html'))
    await app.keyboard.press(`${mod}+Shift+o`)
    await expect(app.getByRole('dialog', { name: 'Import web page' })).toBeVisible()
    await check('the Import web page dialog')
    await app.keyboard.press('Escape')
    await expect(app.getByRole('dialog', { name: 'Import web page' })).toHaveCount(0)

    main.dialogs.answers.unsaved.push('discard')
    await app.keyboard.press(`${mod}+w`)
    await expect(app.getByRole('main', { name: 'Copydesk' })).toBeVisible()
    await check('the start screen')
  })
}
