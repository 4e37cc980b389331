import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page, Worker } from '@playwright/test'
import { newArticle } from '../../src/shared/article/document'
import type { BodyNode } from '../../src/shared/article/body'
import { serializeArticleFile } from '../../src/shared/article/fileFormat'
import { body, expect, mod, screenshot, test } from './fixtures'
import type { MainProcess } from '../support/bridge'

/**
 * A story the engine needs a while for but that shows little: paragraphs of "said said … said." (a cue at every
 * word, each looked at for a speaker), a few hundred kilobytes of them, and lines that are not story text.
 */
function saidStory(paragraphs: number): BodyNode {
  const said: BodyNode = { type: 'paragraph', content: [{ type: 'text', text: `${'said '.repeat(200).trim()}.` }] }
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Leave a Reply' }] },
      ...Array.from({ length: paragraphs }, () => said),
      { type: 'paragraph', content: [{ type: 'text', text: 'Share this' }] }
    ]
  }
}

async function openStory(page: Page, main: MainProcess, home: string, storyBody: BodyNode): Promise<void> {
  const path = join(home, 'said.copydesk')
  await writeFile(path, serializeArticleFile({ ...newArticle({ headline: 'Said' }), body: storyBody }))
  main.dialogs.answers.open.push(path)
  await page.keyboard.press(`${mod}+o`)
  await expect(page.getByTestId('document-name')).toHaveText('said.copydesk')
  // The story is whole (a long one opens in parts) once the panels appear.
  await expect(page.getByRole('tabpanel')).toBeVisible({ timeout: 20_000 })
}

/**
 * Records, from now on, main-thread tasks of 50 ms or more (the Long Tasks API) and how long each click's
 * handlers ran (the Event Timing API). Waits while it records use cheap page functions, not locators: reading a
 * story of 400 KB to match a locator is itself a long task, and would be counted.
 */
async function watchMainThread(page: Page): Promise<{ longestTask: () => Promise<number>; clickHandling: () => Promise<number> }> {
  await page.evaluate(() => {
    const seen = { tasks: [0], clicks: [0] }
    ;(window as unknown as { seen: typeof seen }).seen = seen
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.tasks.push(entry.duration))).observe({ type: 'longtask' })
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => {
        const timing = entry as PerformanceEventTiming
        if (timing.name === 'click') seen.clicks.push(timing.processingEnd - timing.processingStart)
      })
    ).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
  const seen = (key: 'tasks' | 'clicks') => page.evaluate((k) => Math.max(...(window as unknown as { seen: Record<string, number[]> }).seen[k]!), key)
  return { longestTask: () => seen('tasks'), clickHandling: () => seen('clicks') }
}

/** True once `text` is (or is no longer) in the story body: a cheap check that keeps Playwright's matching out of the measurements. */
const bodyHas = (page: Page, text: string, present: boolean) =>
  page.waitForFunction(([t, p]) => (document.querySelector('.ProseMirror')?.textContent ?? '').includes(t as string) === p, [text, present] as const, { timeout: 30_000 })

const review = (page: Page) => page.getByRole('tabpanel')
/** About 400 KB: half a second of analysis, a long task if it ran on the page. */
const STORY_PARAGRAPHS = 400

test('a story too long to analyse live: the panel says so, and "Analyse now" analyses it in the worker while the page stays responsive', async ({ app, main, home }) => {
  // No story takes seconds any more; a budget of 0 ms makes every live analysis too long.
  await app.goto('/index.html?analysisBudgetMs=0')
  await expect(app.locator('.app')).toHaveAttribute('aria-busy', 'false')
  await openStory(app, main, home, saidStory(STORY_PARAGRAPHS))
  const notice = review(app).getByRole('status').filter({ hasText: 'too long to analyse as you type' })
  await expect(notice).toBeVisible()
  await expect(review(app).getByRole('button', { name: 'Analyse now' })).toBeVisible()
  await expect(app.getByTestId('flag')).toHaveCount(0)
  await screenshot(app, 'copydesk-analysis-too-long')

  // Whether "Analysing the whole story…" showed while the worker ran (it may be brief).
  await app.evaluate(() => {
    const seen = window as unknown as { analysingShown: boolean }
    seen.analysingShown = false
    new MutationObserver(() => {
      if (document.querySelector('.analysis-notice progress')) seen.analysingShown = true
    }).observe(document.body, { childList: true, subtree: true })
  })
  const mainThread = await watchMainThread(app)
  await review(app).getByRole('button', { name: 'Analyse now' }).click()
  await app.waitForFunction(() => document.querySelectorAll('[data-testid="flag"]').length === 2, undefined, { timeout: 30_000 })
  // The engine ran in the worker: no task on the page came near the half second it takes.
  expect(await mainThread.longestTask()).toBeLessThan(200)
  expect(await app.evaluate(() => (window as unknown as { analysingShown: boolean }).analysingShown)).toBe(true)
  await expect(app.getByTestId('flag').filter({ hasText: 'Not story text' })).toHaveCount(2)
  await expect(review(app).getByRole('status')).toHaveCount(0)

  // An edit makes the results stale; the story is still too long for a live run, so the panel says so again.
  await body(app).locator('p').nth(1).click()
  await app.keyboard.press('End')
  await app.keyboard.type(' Yes.')
  await expect(notice).toContainText('The results below are from before your last edits.')
})

test('typing during an analysis stops it: its worker is terminated and the results are those of the final text', async ({ app, main, home }) => {
  const workers: Worker[] = []
  const closed: Worker[] = []
  app.on('worker', (worker) => {
    workers.push(worker)
    worker.on('close', () => closed.push(worker))
  })
  // No live budget here: on a busy machine a megabyte can take longer than the app's 4 s, and a story found too
  // long is no longer analysed as the user types, which would leave nothing for typing to stop.
  await app.goto('/index.html?analysisBudgetMs=600000')
  await expect(app.locator('.app')).toHaveAttribute('aria-busy', 'false')
  // A megabyte, so that an analysis is a real run of the engine in the worker.
  await openStory(app, main, home, saidStory(1_000))
  await expect(app.getByTestId('flag').filter({ hasText: 'Not story text' })).toHaveCount(2, { timeout: 30_000 })
  await body(app).locator('p').first().click()
  await app.keyboard.press('End')
  // A pause in typing starts an analysis 0.4 s later; typing again while it runs must stop its worker and hand
  // the newer text to a new one. The engine can analyse a megabyte faster than a key can be sent from here, so
  // the page types the next letter itself the moment the panel shows the analysis running (a DOM text insertion,
  // which the editor reads as typing), before the worker can answer.
  await app.evaluate(() => {
    const panel = document.querySelector('.suggestions')!
    const observer = new MutationObserver(() => {
      if (panel.getAttribute('aria-busy') !== 'true') return
      observer.disconnect()
      document.execCommand('insertText', false, 'b')
    })
    observer.observe(panel, { attributes: true, attributeFilter: ['aria-busy'] })
  })
  const [started, stopped] = [workers.length, closed.length]
  await app.keyboard.type(' a')
  await bodyHas(app, 'Leave a Reply ab', true)
  await expect.poll(() => closed.length > stopped && workers.length > started).toBe(true)
  // The results are those of the final text.
  await app.keyboard.press('Enter')
  await app.keyboard.type('“We will win,” Jane Doe said.')
  await expect(app.getByTestId('suggestion').filter({ hasText: '“We will win,”' })).toContainText('Jane Doe', { timeout: 30_000 })
  await expect(app.locator('.suggestions')).toHaveAttribute('aria-busy', 'false')
  await expect(app.getByTestId('flag').filter({ hasText: 'Not story text' })).toHaveCount(2)
})

test('"Remove non-story lines" right after an edit waits for the worker instead of analysing on the page', async ({ app, main, home }) => {
  await openStory(app, main, home, saidStory(STORY_PARAGRAPHS))
  const remove = app.getByRole('button', { name: 'Remove non-story lines (2)' })
  await expect(remove).toBeVisible({ timeout: 30_000 })
  await body(app).locator('p').nth(1).click()
  await app.keyboard.type(' Today ')
  const mainThread = await watchMainThread(app)
  await remove.click()
  await bodyHas(app, 'Leave a Reply', false)
  // The click was handled at once; the lines went when the worker had analysed the story as it now is.
  expect(await mainThread.clickHandling()).toBeLessThan(100)
  expect(await mainThread.longestTask()).toBeLessThan(200)
  await expect(body(app)).not.toContainText('Share this')
  await expect(body(app).locator('p').first()).toContainText(' Today ')
})
