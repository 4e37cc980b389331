import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { newArticle, type ArticleDocument } from '../../src/shared/article/document'
import { serializeArticleFile } from '../../src/shared/article/fileFormat'
import { body, expect, mod, screenshot, selectWords, test } from './fixtures'

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

/** Contrast (WCAG) between two CSS colours as the browser computes them ("rgb(…)"). */
const contrastIn = (app: Page, selector: string) =>
  app.evaluate((selector) => {
    const rgb = (css: string) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number)
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
      return (x! + 0.05) / (y! + 0.05)
    }
    const page = getComputedStyle(document.querySelector('.ProseMirror')!).backgroundColor
    return Array.from(document.querySelectorAll(selector)).map((element) => {
      const style = getComputedStyle(element)
      return { line: style.borderBottomColor, style: style.borderBottomStyle, contrast: ratio(style.borderBottomColor, page), onTint: ratio(style.borderBottomColor, style.backgroundColor) }
    })
  }, selector)

test('two speakers in one paragraph get distinct colours a reader can tell apart; sources are deleted and merged', async ({ app, main, home }) => {
  const text = (t: string) => ({ type: 'text' as const, text: t })
  const quote = (id: string, sourceId: string, words: string) => ({ ...text(words), marks: [{ type: 'quote' as const, attrs: { id, sourceId, kind: 'direct' as const } }] })
  await openStory(app, main, home, {
    ...newArticle({ headline: 'Kremlin answers', byline: ['Ann Lee'] }),
    sources: [
      { id: 's-leftover', name: 'Leftover Source', kind: 'person', role: '', organisation: '', status: 'on-record', aliases: [], contactNotes: '' },
      { id: 's-dmitry', name: 'Dmitry Peskov', kind: 'person', role: 'Kremlin spokesman', organisation: '', status: 'on-record', aliases: [], contactNotes: '' },
      { id: 's-dmitri', name: 'Dmitri Peskov', kind: 'person', role: 'press secretary', organisation: '', status: 'on-record', aliases: [], contactNotes: '' }
    ],
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [quote('q-1', 's-dmitry', '“We did not interfere,”'), text(' said Dmitry Peskov, and '), quote('q-2', 's-dmitri', '“the report is a farce,”'), text(' said Dmitri Peskov.')] }]
    }
  })
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme })
    const [first, second] = await contrastIn(app, '.ProseMirror .cd-quote')
    expect(first!.line).not.toBe(second!.line)
    expect(first!.style).not.toBe(second!.style)
    for (const mark of [first!, second!]) {
      expect(mark.contrast).toBeGreaterThanOrEqual(3)
      expect(mark.onTint).toBeGreaterThanOrEqual(3)
    }
    await screenshot(app, `copydesk-source-colours-${scheme}`)
  }
  await app.emulateMedia({ colorScheme: 'light' })

  await app.getByRole('tab', { name: /^Sources/ }).click()
  // A source quotes use cannot be deleted: the notice says why and what to do.
  await app.getByRole('button', { name: 'Delete Dmitri Peskov' }).click()
  await expect(app.getByRole('alert')).toContainText('Dmitri Peskov cannot be deleted: a quote or attribution names them. Merge Dmitri Peskov into another source')
  // One no quote uses goes, and Undo brings it back.
  await app.getByRole('button', { name: 'Delete Leftover Source' }).click()
  await expect(app.getByRole('tab', { name: 'Sources (2)' })).toBeVisible()
  await app.locator('.notice').getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByRole('tab', { name: 'Sources (3)' })).toBeVisible()

  // Introduced twice: merged, one source with both quotes and the other spelling as an alias.
  await app.getByRole('button', { name: 'Merge Dmitri Peskov into another source' }).click()
  await app.getByLabel('Dmitri Peskov is the same as').selectOption({ label: 'Dmitry Peskov' })
  await app.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(app.getByRole('tab', { name: 'Sources (2)' })).toBeVisible()
  await expect(app.locator('.source-list li').filter({ hasText: 'Dmitry Peskov' }).locator('.source-count')).toHaveText('2')
  await expect(app.locator('.ProseMirror [data-source-id="s-dmitri"]')).toHaveCount(0)
  await app.getByRole('button', { name: 'Edit Dmitry Peskov' }).click()
  await expect(app.getByLabel('Also called (comma-separated)')).toHaveValue('Dmitri Peskov')
  await screenshot(app, 'copydesk-sources-merged')
  // Undo puts both back: the list and the quote's speaker.
  await app.locator('.notice').getByRole('button', { name: 'Undo' }).click()
  await expect(app.getByRole('tab', { name: 'Sources (3)' })).toBeVisible()
  await expect(app.locator('.ProseMirror [data-source-id="s-dmitri"]')).toHaveCount(1)
})

test('popovers stay in the window and close as expected; the speaker card never pops up while typing and answers the keyboard; links refuse a bad host', async ({ app, main, home }) => {
  const text = (t: string) => ({ type: 'text' as const, text: t })
  const filler = Array.from({ length: 40 }, (_, i) => ({ type: 'paragraph' as const, content: [text(`Paragraph ${i + 1} of the council report, read slowly by the clerk to a half-empty chamber of tired members.`)] }))
  await openStory(app, main, home, {
    ...newArticle({ headline: 'Council report', byline: ['Ann Lee'] }),
    sources: [{ id: 's-clerk', name: 'Mary Clerk', kind: 'person', role: 'council clerk with a very long and detailed title that goes on and on', organisation: '', status: 'on-record', aliases: [], contactNotes: '' }],
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { ...text('“The report is final,”'), marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-clerk', kind: 'direct' } }] },
            text(' '),
            { ...text('the clerk said'), marks: [{ type: 'attribution', attrs: { id: 'a-1', sourceId: 's-clerk', quoteIds: ['q-1'] } }] },
            text('. Read it '),
            { ...text('at the council site'), marks: [{ type: 'link', attrs: { href: 'https://www.kommersant.ru/', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }] },
            text('.')
          ]
        },
        ...filler
      ]
    }
  })
  const viewport = app.viewportSize()!
  const inWindow = async (box: { x: number; y: number; width: number; height: number } | null) => {
    expect(box).not.toBeNull()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height)
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width)
  }

  // The hover card: wrapped narrow, clear of the quote's line, inside the window; a key press hides it.
  const quote = body(app).locator('.cd-quote').first()
  await quote.hover()
  const card = app.getByRole('tooltip')
  await expect(card).toContainText('Mary Clerk, council clerk')
  const cardBox = (await card.boundingBox())!
  const quoteBox = (await quote.boundingBox())!
  expect(cardBox.width).toBeLessThanOrEqual(330)
  expect(cardBox.y + cardBox.height <= quoteBox.y || cardBox.y >= quoteBox.y + quoteBox.height).toBe(true)
  await inWindow(cardBox)
  await screenshot(app, 'copydesk-speaker-card')
  await body(app).click({ position: { x: 5, y: 5 } })
  await app.keyboard.press('End')
  await app.keyboard.type(' More')
  await expect(card).toHaveCount(0)
  // The keyboard asks for it: on the attribution cue at the caret, it says whom the cue names.
  await selectWords(app, 'clerk said')
  await app.keyboard.press('ArrowLeft')
  await app.keyboard.press(`${mod}+Alt+q`)
  await expect(card).toHaveText('Attributes to Mary Clerk, council clerk with a very long and detailed title that goes on and on · On the record')
  await app.keyboard.press('ArrowRight')
  await expect(card).toHaveCount(0)

  // Who said it? near the window's bottom: it flips above the words, nothing scrolls, Escape gives focus back.
  const lastVisible = await app.evaluate((height) => {
    const paragraphs = Array.from(document.querySelectorAll('.ProseMirror p'))
    return paragraphs.filter((p) => p.getBoundingClientRect().bottom < height - 30).at(-1)!.textContent!.slice(2, 16)
  }, viewport.height)
  await selectWords(app, lastVisible)
  await app.keyboard.press(`${mod}+Shift+q`)
  const popover = app.getByRole('dialog', { name: 'Who said it?' })
  await expect(popover).toBeVisible()
  await inWindow(await popover.boundingBox())
  expect(await app.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0)
  await expect(app.locator('.app-header')).toBeInViewport()
  await screenshot(app, 'copydesk-who-said-it-bottom')
  await app.keyboard.press('Escape')
  await expect(popover).toHaveCount(0)
  await expect(body(app)).toBeFocused()
  // A click outside closes it too.
  await selectWords(app, lastVisible)
  await app.keyboard.press(`${mod}+Shift+q`)
  await expect(popover).toBeVisible()
  await app.locator('.sidebar-summary').click()
  await expect(popover).toHaveCount(0)

  // Editing a link: the old address is selected, so typing replaces it; an address run on after another is refused.
  await selectWords(app, 'the council site')
  await app.keyboard.press(`${mod}+k`)
  const address = app.getByLabel('Link address')
  await expect(address).toBeFocused()
  expect(await address.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd, input.value.length])).toEqual([0, 26, 26])
  await address.fill('https://www.kommersant.ruhttps://kommersant.ru/doc/1')
  await address.press('Enter')
  await expect(app.getByRole('alert').filter({ hasText: 'is not a valid site name' })).toContainText('“www.kommersant.ruhttps” is not a valid site name')
  await address.fill('kommersant.ru/doc/1')
  await address.press('Enter')
  await expect(body(app).locator('a[href="https://kommersant.ru/doc/1"]')).toHaveText('at the council site')
  await expect(body(app)).toBeFocused()
})

test('keyboard review: F6 moves between story and panel, arrows move between tabs, Accept leaves focus on the next suggestion', async ({ app, main, home }) => {
  const text = (t: string) => ({ type: 'text' as const, text: t })
  await openStory(app, main, home, {
    ...newArticle({ headline: 'Two quotes', byline: ['Ann Lee'] }),
    body: { type: 'doc', content: [{ type: 'paragraph', content: [text('“Taxes will rise,” Jane Doe said.')] }, { type: 'paragraph', content: [text('“Roads come first,” John Roe said.')] }] }
  })
  await expect(app.getByTestId('suggestion')).toHaveCount(2)
  await body(app).click()
  await app.keyboard.press('F6')
  const reviewTab = app.getByRole('tab', { name: /^Review/ })
  await expect(reviewTab).toBeFocused()
  await app.keyboard.press('ArrowRight')
  await expect(app.getByRole('tab', { name: /^Sources/ })).toBeFocused()
  await expect(app.getByRole('tab', { name: /^Sources/ })).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('End')
  await expect(app.getByRole('tab', { name: /^Notes/ })).toBeFocused()
  await app.keyboard.press('Home')
  await expect(reviewTab).toBeFocused()
  await app.keyboard.press('F6')
  await expect(body(app)).toBeFocused()
  // Settings and Export, closed with Escape or by saving, give the story its focus back.
  await app.keyboard.press(`${mod}+,`)
  await app.keyboard.press('Escape')
  await expect(body(app)).toBeFocused()
  await app.keyboard.press(`${mod}+,`)
  await app.getByRole('button', { name: 'Save settings' }).click()
  await expect(body(app)).toBeFocused()
  await app.keyboard.press(`${mod}+e`)
  await app.keyboard.press('Escape')
  await expect(body(app)).toBeFocused()

  // Accept from the keyboard: the next suggestion's first control takes focus, then the heading once none is left.
  await app.getByTestId('suggestion').first().getByRole('button', { name: 'Accept' }).focus()
  await app.keyboard.press('Enter')
  await expect(app.getByTestId('suggestion')).toHaveCount(1)
  await expect(app.getByTestId('suggestion').getByRole('button', { name: /Roads come first/ })).toBeFocused()
  await app.getByTestId('suggestion').getByRole('button', { name: 'Dismiss' }).focus()
  await app.keyboard.press('Enter')
  await expect(app.getByRole('heading', { name: 'Quotes to mark (0)' })).toBeFocused()
})

test('a long headline shows whole with its length against the newsroom’s limit; quotes turn typographic as typed, in the story’s language', async ({ app, main, home }) => {
  await openStory(app, main, home, {
    ...story('Short', 'short'),
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Pasted: "We won," he said. It's over.` }] }] }
  })
  await app.keyboard.press(`${mod}+,`)
  await app.getByLabel(/Headline length limit/).fill('90')
  await app.getByRole('button', { name: 'Save settings' }).click()

  // 113 characters: every one in view (the field grows to a second line), and the count says it is over.
  const long = 'Foreign Ministry says there is evidence of Russia’s non-interference in U.S. elections, but Washington is not listening'
  await field(app, 'Headline').fill(long)
  await expect(app.getByText(`${long.length - 90} over the 90-character limit`)).toBeVisible()
  const fits = await field(app, 'Headline').evaluate((input: HTMLTextAreaElement) => input.scrollHeight <= input.clientHeight + 1 && input.clientHeight > 50)
  expect(fits).toBe(true)
  await field(app, 'Headline').press('Enter')
  await expect(field(app, 'Headline')).toHaveValue(long)
  await field(app, 'Headline').fill('Short again')
  await expect(app.getByText('11 / 90')).toBeVisible()
  await screenshot(app, 'copydesk-headline-count')

  // Typed: straight marks become typographic; Ctrl+Z right after gives the straight one back.
  await body(app).click()
  await app.keyboard.press(`${mod}+End`)
  await app.keyboard.type(' "Fine," she said, "it\'s done.')
  await expect(body(app)).toContainText('“Fine,” she said, “it’s done.')
  await app.keyboard.type('"')
  await expect(body(app)).toContainText('it’s done.”')
  await app.keyboard.press(`${mod}+z`)
  await expect(body(app)).toContainText('it’s done."')
  // In German, German marks.
  await field(app, 'Language').fill('de')
  await body(app).click()
  await app.keyboard.press(`${mod}+End`)
  await app.keyboard.type(' "Ja," sagte er.')
  await expect(body(app)).toContainText('„Ja,“ sagte er.')
  await field(app, 'Language').fill('en')

  // A pasted story's straight marks, converted in one go, and taken back with the notice's Undo.
  await app.keyboard.press(`${mod}+Alt+t`)
  await expect(body(app)).toContainText('Pasted: “We won,” he said. It’s over.')
  await app.locator('.notice').getByRole('button', { name: 'Undo' }).click()
  await expect(body(app)).toContainText(`Pasted: "We won," he said. It's over.`)
})

test('an 800×600 window: nothing scrolls sideways, the header and toolbar give way to More, details fold, the panel hides; notices float and go', async ({ app }) => {
  await app.setViewportSize({ width: 800, height: 600 })
  const sideways = () => app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  await expect.poll(sideways).toBe(0)
  // The document name stays on one line; the toolbar is one row, the rest of it under More.
  expect((await app.getByTestId('document-name').boundingBox())!.height).toBeLessThan(30)
  expect((await app.getByRole('toolbar', { name: 'Formatting' }).boundingBox())!.height).toBeLessThan(50)
  await app.getByRole('button', { name: 'More formatting' }).click()
  await app.getByRole('group', { name: 'More formatting' }).getByRole('button', { name: /Block quote/i }).click()
  await expect(body(app).locator('blockquote')).toHaveCount(1)
  await app.getByRole('button', { name: 'More file commands' }).click()
  await expect(app.getByRole('group', { name: 'More file commands' }).getByRole('button', { name: 'Review Mode' })).toBeVisible()
  await app.keyboard.press('Escape')
  await screenshot(app, 'copydesk-800x600')

  // Details fold to one line; + Add author puts the caret in the new field.
  await app.getByRole('button', { name: 'Hide details' }).click()
  await expect(field(app, 'Dek')).toBeHidden()
  await expect(app.locator('.details-summary')).toContainText('No byline')
  await app.getByRole('button', { name: 'Show details' }).click()
  await app.getByRole('button', { name: '+ Add author' }).click()
  await expect(app.getByRole('textbox', { name: 'Author 2', exact: true })).toBeFocused()

  // The side panel hides and comes back (View ▸ Side Panel), giving the story the window's width.
  const storyWidth = async () => (await app.locator('.document').boundingBox())!.width
  const withPanel = await storyWidth()
  await app.keyboard.press(`${mod}+Alt+b`)
  await expect(app.locator('.sidebar')).toHaveCount(0)
  expect(await storyWidth()).toBeGreaterThan(withPanel + 200)
  await app.keyboard.press(`${mod}+Alt+b`)
  await expect(app.locator('.sidebar')).toBeVisible()
  await expect.poll(sideways).toBe(0)

  // A notice floats over the page (the story does not move) and goes by itself; the page has a level-one heading.
  const before = (await app.locator('.workspace').boundingBox())!.y
  await body(app).click()
  await app.keyboard.press(`${mod}+Shift+q`)
  await expect(app.locator('.notice-message')).toContainText('Select the quoted words first')
  expect((await app.locator('.workspace').boundingBox())!.y).toBe(before)
  await expect(app.locator('.notice')).toHaveCount(0, { timeout: 12_000 })
  await expect(app.getByRole('heading', { level: 1, name: 'Copydesk' })).toBeAttached()
})
