import { readFileSync } from 'node:fs'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, appFileFor, mimeTypeFor, serveAppRequest } from '../../../src/main/appProtocol'
import { isAppFrame } from '../../../src/main/ipc/register'
import { repoRoot, tempFolder } from '../../support/paths'

// The renderer is served from app://copydesk/ by a handler that may read only the bundled renderer folder.
// These run the handler in plain Node with the same Request objects Electron's protocol.handle passes.

let dir: string
let root: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  root = join(dir, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'analysis.worker-abc.js'), 'onmessage = () => {}')
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(join(dir, 'secret.txt'), 'outside the bundle')
})
afterEach(() => cleanup())

// Plain objects rather than Request: undici refuses to construct some of the hostile URLs at all.
const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root)

describe('app://copydesk/ serves the bundled renderer', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8', '<!doctype html><title>Copydesk</title>'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['assets/analysis.worker-abc.js', 'text/javascript; charset=utf-8', 'onmessage = () => {}'],
    ['assets/index-abc.css', 'text/css; charset=utf-8', 'body{}']
  ])('%s with its type', async (path, type, body) => {
    const response = await get(`app://copydesk/${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe(body)
  })

  it('serves the page itself for the bare origin, ignoring query and fragment', async () => {
    expect(await (await get('app://copydesk/')).text()).toContain('<title>Copydesk')
    expect((await get('app://copydesk/index.html?x=1#top')).status).toBe(200)
  })

  it('sends the page’s Content-Security-Policy as a header, so it covers the module worker too', async () => {
    for (const path of ['index.html', 'assets/analysis.worker-abc.js']) {
      const policy = (await get(`app://copydesk/${path}`)).headers.get('content-security-policy')
      expect(policy).toContain("script-src 'self'")
      expect(policy).toContain("worker-src 'self'")
      expect(policy).toContain("default-src 'none'")
    }
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://copydesk/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })
})

describe('app://copydesk/ refuses everything else with 404', () => {
  it.each([
    'app://copydesk/../../etc/passwd',
    'app://copydesk/../secret.txt',
    'app://copydesk/%2e%2e/secret.txt',
    'app://copydesk/%2E%2E/%2e%2e/etc/passwd',
    'app://copydesk/..%2fsecret.txt',
    'app://copydesk/assets/..%2f..%2fsecret.txt',
    'app://copydesk/..%5csecret.txt',
    'app://copydesk/assets%5c..%5c..%5csecret.txt',
    'app://copydesk//etc/passwd',
    'app://copydesk/%2fetc%2fpasswd',
    'app://copydesk/C:%5cWindows%5cwin.ini',
    'app://copydesk/index.html%00.js',
    'app://copydesk/%zz',
    'app://copydesk/missing.js',
    'app://copydesk/assets',
    'app://copydesk/assets/',
    'app:///etc/passwd',
    'app://evil/index.html',
    'app://copydesk:8080/index.html',
    'app://user:pw@copydesk/index.html'
  ])('%s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('outside the bundle')
  })

  it('refuses a symlink inside the folder that leads out of it, and a symlinked folder', async () => {
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'leak.js'))
    await symlink(dir, join(root, 'outside'))
    expect((await get('app://copydesk/assets/leak.js')).status).toBe(404)
    expect((await get('app://copydesk/outside/secret.txt')).status).toBe(404)
  })

  it('still serves a symlink that stays inside the folder', async () => {
    await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'assets', 'alias.js'))
    expect(await (await get('app://copydesk/assets/alias.js')).text()).toBe('console.log(1)')
  })

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s', async (method) => {
    expect((await get('app://copydesk/index.html', method)).status).toBe(404)
  })
})

describe('the pure parts', () => {
  it('maps a URL to a file inside the root, or to nothing', () => {
    expect(appFileFor('app://copydesk/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'))
    expect(appFileFor('app://copydesk/', root)).toBe(join(root, 'index.html'))
    expect(appFileFor('app://copydesk/..%2f..%2fetc%2fpasswd', root)).toBeNull()
    expect(appFileFor('file:///etc/passwd', root)).toBeNull()
  })

  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.json', 'application/json'],
    ['a.unknown', 'application/octet-stream']
  ])('gives %s the type %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type)
  })
})

describe('the built renderer under app://copydesk/ (after npm run build)', () => {
  const built = join(repoRoot, 'out/renderer')
  it('serves every script the page loads, and the analysis module worker, as JavaScript', async () => {
    const html = readFileSync(join(built, 'index.html'), 'utf8')
    const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => new URL(m[1]!, APP_ENTRY_URL).href)
    expect(scripts).toHaveLength(1)
    const main = await serveAppRequest(new Request(scripts[0]!), built)
    expect(main.status).toBe(200)
    expect(main.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    // Vite emits `new Worker(new URL(new URL("analysis.worker-….js", import.meta.url).href, …), { type: "module" })`
    // (minified, with backquotes and no spaces).
    const worker = /new URL\(["`](analysis\.worker-[\w-]+\.js)["`],\s*import\.meta\.url\)/.exec(await main.text())
    expect(worker).not.toBeNull()
    const workerUrl = new URL(worker![1]!, scripts[0]!).href
    expect(workerUrl).toMatch(/^app:\/\/copydesk\/assets\/analysis\.worker-[\w-]+\.js$/)
    const response = await serveAppRequest(new Request(workerUrl), built)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('has a page policy that allows scripts and workers from its own origin only', () => {
    const html = readFileSync(join(built, 'index.html'), 'utf8')
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!
    expect(policy.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "worker-src 'self'"]))
  })
})

describe('the IPC sender check with the app:// origin', () => {
  it.each([APP_ENTRY_URL, `${APP_ENTRY_URL}#section`])('accepts the app’s own page %s', (url) => {
    expect(isAppFrame({ url, parent: null }, APP_ENTRY_URL)).toBe(true)
  })
  it.each([
    ['the page when it was served from file://', 'file:///opt/Copydesk/resources/app.asar/out/renderer/index.html'],
    ['another host on the scheme', 'app://evil/index.html'],
    ['another file of the bundle', 'app://copydesk/assets/index-abc.js'],
    ['the dev server in production', 'http://localhost:5173/'],
    ['a web page', 'https://copydesk.example/index.html']
  ])('refuses %s', (_name, url) => {
    expect(isAppFrame({ url, parent: null }, APP_ENTRY_URL)).toBe(false)
  })
  it('refuses the app’s page in a subframe', () => {
    expect(isAppFrame({ url: APP_ENTRY_URL, parent: {} }, APP_ENTRY_URL)).toBe(false)
  })
})
