import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateDocument } from '../../bench/generateDocument'
import { serializeArticleFile } from '../../src/shared/article/fileFormat'
import { bodyText, textStats } from '../../src/shared/article/stats'
import type { BodyNode } from '../../src/shared/article/body'
import { body, expect, mod, screenshot, test } from './fixtures'

/** Quote marks in body order: id and text. */
function quotesOf(node: BodyNode, found: { id: string; text: string }[] = []): { id: string; text: string }[] {
  const quote = node.marks?.find((mark) => mark.type === 'quote')
  if (quote) found.push({ id: String(quote.attrs?.id), text: node.text ?? '' })
  node.content?.forEach((child) => quotesOf(child, found))
  return found
}

// The longest story the benchmarks use. Blocks far from the viewport are not laid out (content-visibility), so
// these are the things that must still work there: counting, jumping to a quote, typing at the very end.
test('a 50,000-word story opens whole: counted, every quote reachable from the panel, editable at its end', async ({ app, main, home }) => {
  const article = generateDocument(50_000)
  const path = join(home, 'long.copydesk')
  await writeFile(path, serializeArticleFile(article))
  const quotes = quotesOf(article.body)
  const words = textStats(bodyText(article.body)).words

  main.dialogs.answers.open.push(path)
  await app.keyboard.press(`${mod}+o`)
  await expect(app.getByTestId('word-count')).toHaveText(`${words.toLocaleString('en')} words`, { timeout: 20_000 })
  await expect(app.getByRole('tab', { name: `Quotes (${quotes.length})` })).toBeVisible()

  // The last quote, thousands of lines down: the panel selects it and brings it into view.
  const last = quotes.at(-1)!
  await app.getByRole('tab', { name: /Quotes/ }).click()
  await app.locator('.quote-list .quote-jump').last().click()
  await expect(app.locator(`[data-quote-id="${last.id}"]`)).toBeInViewport()
  expect(await app.evaluate(() => window.getSelection()?.toString())).toBe(last.text)
  await screenshot(app, 'copydesk-long-story')

  // The very end of the story, then the very start.
  await app.keyboard.press(`${mod}+End`)
  await app.keyboard.type(' The end.')
  await expect(body(app).locator('p').last()).toHaveText(/ The end\.$/)
  await expect(body(app).locator('p').last()).toBeInViewport()
  await app.keyboard.press(`${mod}+Home`)
  await expect(body(app).locator('p').first()).toBeInViewport()
  await expect(app.getByTestId('word-count')).toHaveText(`${(words + 2).toLocaleString('en')} words`)
})
