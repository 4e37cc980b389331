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

/** Three quotes: one nobody is named for, one a speaker is suggested for, one marked by hand with its speaker. */
function sourcingStory(): ArticleDocument {
  const text = (t: string) => ({ type: 'text' as const, text: t })
  const filler = Array.from({ length: 30 }, (_, i) => ({ type: 'paragraph' as const, content: [text(`Paragraph ${i + 1} of the council's long budget debate, with nothing quoted in it at all.`)] }))
  return {
    ...newArticle({ headline: 'Council budget', byline: ['Ann Lee'] }),
    sources: [{ id: 's-resident', name: 'Rita Ames', kind: 'person', role: 'resident', organisation: '', status: 'on-record', aliases: [], contactNotes: '' }],
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('“We will win the vote,” someone said after the meeting.')] },
        ...filler,
        { type: 'paragraph', content: [text('“Taxes will go up next spring,” Jane Doe said.')] },
        {
          type: 'paragraph',
          content: [{ ...text('“Roads come first,”'), marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-resident', kind: 'direct' } }] }, text(' a resident told the meeting.')]
        },
        ...filler
      ]
    }
  }
}

test('flags resolve with a reason and dismissed suggestions stay dismissed, through save and reopen; a jump centres its words', async ({ app, main, home }) => {
  await openStory(app, main, home, sourcingStory())
  const flags = app.getByTestId('flag')
  const noOneNamed = flags.filter({ hasText: 'No one is named' })
  // The quote marked by hand with its speaker raises no "no one is named": one such flag, on the other quote.
  await expect(noOneNamed).toHaveCount(1)
  await expect(app.getByTestId('suggestion')).toHaveCount(1)
  // The badge already says what kind of flag it is: the message does not repeat it.
  await expect(flags.filter({ hasText: 'Unattributed' }).or(noOneNamed).first()).not.toHaveText(/^(\S+ )?(\S+) \2/)

  // A jump from the panel: the words come to the middle of the window, and the flag shows as the current one.
  await app.getByTestId('suggestion').getByRole('button', { name: /Taxes will go up/ }).click()
  await expect(app.getByTestId('suggestion')).toHaveAttribute('aria-current', 'true')
  const offCentre = () =>
    app.evaluate(() => {
      const words = getSelection()!.getRangeAt(0).getBoundingClientRect()
      const box = document.querySelector('.document')!.getBoundingClientRect()
      return Math.abs((words.top + words.bottom) / 2 - (box.top + box.height / 2))
    })
  await expect.poll(offCentre).toBeLessThan(40)

  await noOneNamed.getByRole('button', { name: 'Resolve…' }).click()
  await app.getByLabel('Why it needs nothing more (optional)').fill('Named in the next paragraph of the print edition')
  await app.getByRole('button', { name: 'Resolve', exact: true }).click()
  const reviewer = app.getByRole('dialog', { name: 'Who is reviewing?' })
  await reviewer.getByLabel('Your name').fill('Ed Itor')
  await reviewer.getByRole('button', { name: 'Continue' }).click()
  await expect(noOneNamed).toHaveCount(0)
  await app.getByText('Resolved (1)').click()
  await expect(app.getByTestId('resolved-flag')).toContainText('Resolved by Ed Itor: Named in the next paragraph of the print edition')

  await app.getByTestId('suggestion').getByRole('button', { name: 'Dismiss' }).click()
  await expect(app.getByTestId('suggestion')).toHaveCount(0)
  await expect(app.getByText('Nothing left to mark: every other quote the engine found is marked.')).toBeVisible()
  await expect(app.getByRole('button', { name: '1 dismissed · Show' })).toBeVisible()
  await screenshot(app, 'copydesk-flags-resolved')

  // Saved and opened again: still resolved, still dismissed.
  await app.keyboard.press(`${mod}+s`)
  await expect(app.getByTestId('dirty-marker')).toHaveCount(0)
  main.dialogs.answers.open.push(join(home, 'story.copydesk'))
  await app.getByRole('button', { name: 'Open…' }).click()
  await expect(app.getByRole('button', { name: '1 dismissed · Show' })).toBeVisible()
  await expect(app.getByText('Resolved (1)')).toBeVisible()
  await expect(noOneNamed).toHaveCount(0)

  // Shown again and restored; the resolved flag reopened.
  await app.getByRole('button', { name: '1 dismissed · Show' }).click()
  await app.getByTestId('dismissed-suggestion').getByRole('button', { name: 'Restore' }).click()
  await expect(app.getByTestId('suggestion')).toHaveCount(1)
  await app.getByText('Resolved (1)').click()
  await app.getByTestId('resolved-flag').getByRole('button', { name: 'Reopen' }).click()
  await expect(noOneNamed).toHaveCount(1)
})
