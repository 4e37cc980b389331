import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WordpressTarget } from '../../../src/node/cms/wordpress'
import { newArticle } from '../../../src/shared/article/document'
import { tempFolder } from '../../support/paths'

/**
 * The failures a real WordPress rarely shows on demand, from a small HTTP server of our own that answers the
 * way broken or guarded sites do. (The working paths are tested against a real WordPress in tests/cms.)
 */
let server: Server
let base: string
let answer: (request: IncomingMessage, response: ServerResponse) => void
beforeAll(async () => {
  server = createServer((request, response) => answer(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const json = (response: ServerResponse, status: number, body: unknown): void => void response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
/** A site whose REST root is fine and whose other routes answer with `rest`. */
const wordpressThat = (rest: (request: IncomingMessage, response: ServerResponse) => void) => (request: IncomingMessage, response: ServerResponse) => {
  if (request.url === '/wp-json/') return json(response, 200, { name: 'Broken Desk', namespaces: ['wp/v2'] })
  rest(request, response)
}
const target = (timeoutMs = 2000) => new WordpressTarget({ site: base, user: 'eddie', password: 'secret' }, { timeoutMs })
const story = () => ({ ...newArticle({ headline: 'Headline', slug: 'headline' }), sentTo: [] })

describe('Send to WordPress, when the site misbehaves', () => {
  it('a redirect to a login page: says a login wall is in front of the API', async () => {
    answer = wordpressThat((_request, response) => void response.writeHead(302, { Location: '/wp-login.php?redirect_to=%2Fwp-json' }).end())
    await expect(target().send(story(), { status: 'draft' })).rejects.toThrow('sent the request to a login page (/wp-login.php) instead of answering it')
  })

  it('a server error: says WordPress failed, with its message, and that the story is unchanged', async () => {
    answer = wordpressThat((_request, response) => json(response, 500, { code: 'internal_server_error', message: '<p>There has been a critical error on this website.</p>' }))
    await expect(target().send(story(), { status: 'draft' })).rejects.toThrow(/failed \(HTTP 500\): There has been a critical error on this website\. Try again later; nothing was changed in the story\./)
  })

  it('an answer that is not JSON: says the site does not look like a WordPress REST API', async () => {
    answer = wordpressThat((_request, response) => void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<html>Maintenance</html>'))
    await expect(target().send(story(), { status: 'draft' })).rejects.toThrow('answered HTTP 200 with text/html, not JSON')
  })

  it('no answer in time: says so, in seconds', async () => {
    answer = wordpressThat(() => undefined)
    await expect(target(1000).send(story(), { status: 'draft' })).rejects.toThrow(/did not answer within 1 seconds/)
  })

  it('a post remembered but gone (404): says it was deleted', async () => {
    answer = wordpressThat((_request, response) => json(response, 404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.' }))
    const remembered = { ...story(), sentTo: [{ cms: 'wordpress' as const, site: base, postId: 7, editLink: `${base}/wp-admin/post.php?post=7&action=edit`, at: '2026-11-27T10:00:00.000Z' }] }
    expect(await target().plan(remembered)).toEqual({ action: 'gone', postId: 7 })
  })

  it('a certificate this computer does not trust: says so, and sends nothing', async () => {
    const { dir, cleanup } = await tempFolder()
    try {
      // A self-signed certificate, as a misconfigured or intercepted site presents.
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=127.0.0.1', '-days', '1'], { stdio: 'ignore' })
      const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_request, response) => json(response, 200, { namespaces: ['wp/v2'] }))
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve))
      const site = `https://127.0.0.1:${(tls.address() as { port: number }).port}`
      await expect(new WordpressTarget({ site, user: 'eddie', password: 'secret' }).testConnection()).rejects.toThrow(/The certificate of 127\.0\.0\.1:\d+ is not one this computer trusts \(DEPTH_ZERO_SELF_SIGNED_CERT\)/)
      await new Promise((resolve) => tls.close(resolve))
    } finally {
      await cleanup()
    }
  })

  it('an address that is not http(s) is refused before anything is sent', () => {
    expect(() => new WordpressTarget({ site: 'ftp://example.com', user: 'x', password: 'y' })).toThrow('must start with https://')
  })
})
