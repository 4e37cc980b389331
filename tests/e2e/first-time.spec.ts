import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { newArticle, type ArticleDocument } from '../../src/shared/article/document'
import { serializeArticleFile } from '../../src/shared/article/fileFormat'
import { body, expect, mod, screenshot, test } from './fixtures'

// Issue 16: what a first-time reporter and editor tripped over, each on the real renderer.

const field = (app: Page, name: string) => app.getByRole('textbox', { name, exact: true })

async function openStory(app: Page, main: { dialogs: { answers: { open: (string | null)[] } } }, home: string, document: ArticleDocument): Promise<void> {
  const path = join(home, 'story.copydesk')
  await writeFile(path, serializeArticleFile(document))
  main.dialogs.answers.open.push(path)
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByTestId('document-name')).toHaveText('story.copydesk')
}

const story = (headline: string, slug: string): ArticleDocument => ({
  ...newArticle({ headline, slug, byline: ['Ann Lee'] }),
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council met on Tuesday.' }] }] }
})

test('reading is not editing; the slug follows the headline until the reporter writes one; Export points out a slug at odds', async ({ app, main, home }) => {
  await openStory(app, main, home, story('Council meets', 'council-meets'))

  // Tabbing through every field, clicking in and out of the slug and the body: nothing changed, nothing to save.
  await field(app, 'Headline').click()
  for (let i = 0; i < 12; i++) await app.keyboard.press('Tab')
  await field(app, 'Slug').click()
  await body(app).click()
  await field(app, 'Slug').click()
  await field(app, 'Dek').click()
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)

  // The headline rewritten: the slug (still the headline's) follows it.
  await field(app, 'Headline').fill('Council votes to close the harbour')
  await expect(field(app, 'Slug')).toHaveValue('council-votes-to-close-the-harbour')
  await expect(app.getByTestId('dirty-marker')).toBeVisible()
  // A new story: the slug comes with the headline as it is typed, and names the file Save suggests.
  main.dialogs.answers.unsaved.push('discard')
  await app.keyboard.press(`${mod}+n`)
  await expect(app.getByTestId('document-name')).toHaveText('Untitled')
  await field(app, 'Headline').fill('Council votes to close the harbour')
  await expect(field(app, 'Slug')).toHaveValue('council-votes-to-close-the-harbour')
  main.dialogs.answers.save.push(join(home, 'saved.copydesk'))
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('document-name')).toHaveText('saved.copydesk')
  expect(main.dialogs.calls.at(-1)).toMatchObject({ dialog: 'save', argument: expect.stringMatching(/council-votes-to-close-the-harbour\.copydesk$/) })

  // A slug the reporter writes stays when the headline changes again; Export then says the two disagree.
  await field(app, 'Slug').fill('harbour-vote')
  await field(app, 'Headline').fill('Mayor resigns after budget row')
  await expect(field(app, 'Slug')).toHaveValue('harbour-vote')
  await app.keyboard.press(`${mod}+e`)
  const dialog = app.getByRole('dialog', { name: 'Export' })
  await expect(dialog.getByRole('alert')).toHaveText('The slug “harbour-vote” shares no word with the headline. Use “mayor-resigns-after-budget-row”')
  await screenshot(app, 'copydesk-slug-check')
  await dialog.getByRole('button', { name: 'Use “mayor-resigns-after-budget-row”' }).click()
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(field(app, 'Slug')).toHaveValue('mayor-resigns-after-budget-row')
})
