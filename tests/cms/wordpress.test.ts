import { createServer, type Server } from 'node:http'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import { startTestMain } from '../support/testMain'
import { WordpressTarget } from '../../src/node/cms/wordpress'
import { importFile } from '../../src/node/importFile'
import type { ArticleDocument } from '../../src/shared/article/document'
import { parseArticleFile, serializeArticleFile } from '../../src/shared/article/fileFormat'
import { rememberSentPost } from '../../src/shared/article/sentPosts'
import { wordpressFields } from '../../src/shared/export/wordpress'
import { copydesk } from '../unit/cli/runCopydesk'
import { articleWithEveryMark } from '../support/articles'
import { repoRoot, tempFolder } from '../support/paths'
import { startWordpress, type WordpressSite } from '../support/wordpressServer'

let site: WordpressSite
beforeAll(async () => {
  site = await startWordpress()
}, 180_000)
afterAll(() => site?.close(), 60_000)

/** What another client reads back through the REST API (as the editor, with the raw fields). */
async function readPost(id: number): Promise<{ status: string; title: { raw: string }; content: { raw: string }; excerpt: { raw: string }; slug: string; tags: number[] }> {
  const response = await fetch(`${site.url}/wp-json/wp/v2/posts/${id}?context=edit`, {
    headers: { Authorization: `Basic ${Buffer.from(`${site.editor.user}:${site.editor.password}`).toString('base64')}` }
  })
  expect(response.status).toBe(200)
  return response.json()
}

const tagNames = (ids: number[]): string[] => JSON.parse(site.php(`echo json_encode(array_map(fn($id) => get_term($id)->name, ${JSON.stringify(ids)}));`)) as string[]
const revisions = (id: number): number => Number(site.php(`echo count(wp_get_post_revisions(${id}));`))

async function sampleStory(): Promise<ArticleDocument> {
  const story = await importFile(join(repoRoot, 'resources/samples/web-scrape-russia-election.txt'))
  return { ...story, meta: { ...story.meta, slug: 'russia-non-interference', dek: 'Moscow offers to publish “technical correspondence” & more.', tags: ['elections', 'Russia', 'Россия'], byline: ['Jane Doe', 'Ivan Petrov'] } }
}

describe('Send to WordPress, against a real WordPress', () => {
  const editor = () => new WordpressTarget({ site: site.url, user: site.editor.user, password: site.editor.password })

  it('Test connection names the site and the user, and whether the user may create posts', async () => {
    expect(await editor().testConnection()).toEqual({ siteName: 'Copydesk Test Desk', user: 'Eddie Editor', canCreatePosts: true })
    const subscriber = new WordpressTarget({ site: `${site.url}/`, user: site.subscriber.user, password: site.subscriber.password })
    expect(await subscriber.testConnection()).toMatchObject({ user: 'Sam Subscriber', canCreatePosts: false })
  })

  it('sends the sample story as a draft that another client reads back whole; sending again updates the same post', async () => {
    const story = await sampleStory()
    const target = editor()
    expect(await target.plan(story)).toEqual({ action: 'create' })
    const sent = await target.send(story, { status: 'draft' })
    expect(sent.action).toBe('created')
    expect(sent.post).toMatchObject({ cms: 'wordpress', site: site.url, editLink: `${site.url}/wp-admin/post.php?post=${sent.post.postId}&action=edit` })
    const fields = wordpressFields(story)
    const post = await readPost(sent.post.postId)
    expect(post.status).toBe('draft')
    expect(post.slug).toBe('russia-non-interference')
    expect(post.title.raw).toBe(fields.title)
    expect(post.excerpt.raw).toBe('Moscow offers to publish “technical correspondence” &amp; more.')
    // WordPress's own filtering (kses: the site disallows unfiltered HTML) kept every tag and attribute.
    expect(post.content.raw).toBe(fields.content)
    expect(tagNames(post.tags).sort()).toEqual(['elections', 'Russia', 'Россия'].sort())

    // Edited and sent again: the same post, its content updated, one revision more; an existing tag reused.
    const remembered = { ...story, sentTo: rememberSentPost([], sent.post) }
    const edited = { ...remembered, meta: { ...remembered.meta, headline: 'Moscow says it has evidence', tags: ['elections', 'diplomacy'] } }
    const before = revisions(sent.post.postId)
    expect(await target.plan(edited)).toEqual({ action: 'update', postId: sent.post.postId, changes: ['the headline', 'the tags'] })
    const again = await target.send(edited, { status: 'draft' })
    expect(again).toMatchObject({ action: 'updated', post: { postId: sent.post.postId } })
    const updated = await readPost(sent.post.postId)
    expect(updated.title.raw).toBe('Moscow says it has evidence')
    expect(tagNames(updated.tags).sort()).toEqual(['diplomacy', 'elections'])
    expect(revisions(sent.post.postId)).toBe(before + 1)
    expect(Number(site.php(`echo count(get_terms(['taxonomy' => 'post_tag', 'hide_empty' => false, 'name' => 'elections']));`))).toBe(1)
  })

  it('keeps every mark of a story through WordPress’s filter, and never sends what is private', async () => {
    const story = articleWithEveryMark()
    const sent = await editor().send(story, { status: 'pending' })
    const post = await readPost(sent.post.postId)
    expect(post.status).toBe('pending')
    expect(post.content.raw).toBe(wordpressFields(story).content)
    expect(post.content.raw).toContain('data-speaker="Andrei Krutsky"')
    for (const secret of ['PRIVATE-NUMBER-555', 'PRIVATE-GARAGE', 'Deep Throat']) expect(post.content.raw).not.toContain(secret)
  })

  it('never changes the status of a post an editor has published, and tells when the post was deleted', async () => {
    const story = await sampleStory()
    const target = editor()
    const sent = await target.send(story, { status: 'draft' })
    site.php(`wp_publish_post(${sent.post.postId});`)
    const remembered = { ...story, sentTo: [sent.post] }
    await target.send(remembered, { status: 'draft' })
    expect((await readPost(sent.post.postId)).status).toBe('publish')

    site.php(`wp_delete_post(${sent.post.postId}, true);`)
    expect(await target.plan(remembered)).toEqual({ action: 'gone', postId: sent.post.postId })
    await expect(target.send(remembered, { status: 'draft' })).rejects.toThrow(`(post ${sent.post.postId}) is gone: it was deleted in WordPress`)
    const anew = await target.send(remembered, { status: 'draft', asNew: true })
    expect(anew.post.postId).not.toBe(sent.post.postId)
    // In the trash counts as gone too.
    site.php(`wp_trash_post(${anew.post.postId});`)
    expect(await target.plan({ ...story, sentTo: [anew.post] })).toEqual({ action: 'gone', postId: anew.post.postId })
  })

  it('says what is wrong: a wrong password, a user who may not post, a site that is not WordPress, a server that is down', async () => {
    const story = await sampleStory()
    const wrong = new WordpressTarget({ site: site.url, user: site.editor.user, password: 'abcd efgh ijkl mnop qrst uvwx' })
    await expect(wrong.send(story, { status: 'draft' })).rejects.toThrow('did not accept the user name “eddie” with that application password')
    const subscriber = new WordpressTarget({ site: site.url, user: site.subscriber.user, password: site.subscriber.password })
    await expect(subscriber.send(story, { status: 'draft' })).rejects.toThrow(/sam may not do this on 127\.0\.0\.1:\d+/)

    const notWordpress: Server = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>A shop</html>'))
    await new Promise<void>((resolve) => notWordpress.listen(0, '127.0.0.1', resolve))
    const { port } = notWordpress.address() as { port: number }
    await expect(new WordpressTarget({ site: `http://127.0.0.1:${port}`, user: 'x', password: 'y' }).testConnection()).rejects.toThrow('does not answer as WordPress')
    notWordpress.close()

    await site.stop()
    try {
      await expect(editor().send(story, { status: 'draft' })).rejects.toThrow(/Nothing answers at 127\.0\.0\.1:\d+/)
    } finally {
      await site.start()
    }
  })
})

describe('copydesk send', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => {
    ;({ dir, cleanup } = await tempFolder())
    process.env.COPYDESK_WP_APP_PASSWORD = site.editor.password
  })
  afterEach(async () => {
    delete process.env.COPYDESK_WP_APP_PASSWORD
    await cleanup()
  })

  it('sends, remembers the post in the file, and updates it the next time; the password is in no file', async () => {
    const path = join(dir, 'story.copydesk')
    await writeFile(path, serializeArticleFile(articleWithEveryMark()))
    const first = await copydesk('send', path, '--site', site.url, '--user', site.editor.user)
    expect(first.code).toBe(0)
    const id = Number(/Created post (\d+) on /.exec(first.out)?.[1])
    expect(first.out).toContain(`${site.url}/wp-admin/post.php?post=${id}&action=edit`)
    // The story has open items (nothing is verified): said, not blocking.
    expect(first.err).toBe('copydesk send: warning: “story.copydesk” has 2 quotes not verified (copydesk check lists them).\n')
    const saved = await readFile(path, 'utf8')
    const parsed = parseArticleFile(saved)
    if (!parsed.ok) throw new Error(parsed.problem)
    expect(parsed.document.sentTo).toMatchObject([{ cms: 'wordpress', site: site.url, postId: id }])
    expect(saved).not.toContain(site.editor.password)

    const second = await copydesk('send', path, '--site', site.url, '--user', site.editor.user, '--status', 'pending')
    expect(second.code).toBe(0)
    expect(second.out).toBe(`Updating post ${id}: nothing changed.\nUpdated post ${id} on ${site.url}: ${site.url}/wp-admin/post.php?post=${id}&action=edit\n`)
    expect((await readPost(id)).status).toBe('pending')
  })

  it('refuses without the password variable, or an unapproved story with --require-approved; a failed send leaves the file as it was', async () => {
    const path = join(dir, 'story.copydesk')
    const text = serializeArticleFile(await sampleStory())
    await writeFile(path, text)
    delete process.env.COPYDESK_WP_APP_PASSWORD
    expect(await copydesk('send', path, '--site', site.url, '--user', 'eddie')).toMatchObject({ code: 2, err: expect.stringContaining('set COPYDESK_WP_APP_PASSWORD') })
    process.env.COPYDESK_WP_APP_PASSWORD = site.editor.password
    expect(await copydesk('send', path, '--site', site.url, '--user', 'eddie', '--require-approved')).toMatchObject({ code: 1, err: expect.stringContaining('is not approved') })
    process.env.COPYDESK_WP_APP_PASSWORD = 'wrong wrong wrong'
    const failed = await copydesk('send', path, '--site', site.url, '--user', 'eddie')
    expect(failed.code).toBe(1)
    expect(failed.err).toContain('did not accept the user name “eddie”')
    expect(await readFile(path, 'utf8')).toBe(text)
  })
})

describe('Send to WordPress through main’s handlers', () => {
  it('sends with the password the window gives, and writes it to no file and no log', async () => {
    const { dir, cleanup } = await tempFolder()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const main = await startTestMain(dir)
      expect(await dispatch(main.handlers, 'cms:send', { document: articleWithEveryMark(), password: site.editor.password, status: 'draft', asNew: false })).toEqual({
        ok: false,
        error: 'Set up the WordPress site first: Settings ▸ WordPress (the site’s address, your user name and an application password).'
      })
      main.settings.update({ wordpressSite: site.url, wordpressUser: site.editor.user })
      // Plain Node has no secure storage: nothing is stored, and without a password from the window, none is used.
      expect(await dispatch(main.handlers, 'cms:savePassword', { password: site.editor.password })).toEqual({ ok: true, value: { passwordStored: false, secureStorage: false } })
      expect(await dispatch(main.handlers, 'cms:plan', { document: articleWithEveryMark(), password: null })).toEqual({ ok: false, error: 'Enter the application password for WordPress.' })
      const wrong = await dispatch(main.handlers, 'cms:send', { document: articleWithEveryMark(), password: 'wrong-password-xyz', status: 'draft', asNew: false })
      expect(wrong).toMatchObject({ ok: false, error: expect.stringContaining('did not accept the user name “eddie”') })
      const sent = await dispatch(main.handlers, 'cms:send', { document: articleWithEveryMark(), password: site.editor.password, status: 'draft', asNew: false })
      expect(sent).toMatchObject({ ok: true, value: { action: 'created', post: { site: site.url } } })
      const logged = JSON.stringify(errors.mock.calls, (_key, value: unknown) => (value instanceof Error ? `${value.message} ${value.stack}` : value))
      for (const password of [site.editor.password, 'wrong-password-xyz']) expect(logged).not.toContain(password)
      for (const name of await readdir(dir, { recursive: true })) {
        const path = join(dir, name)
        const text = await readFile(path, 'utf8').catch(() => '')
        expect(text, name).not.toContain(site.editor.password)
      }
    } finally {
      errors.mockRestore()
      await cleanup()
    }
  })
})
