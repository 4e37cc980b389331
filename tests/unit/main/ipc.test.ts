import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { isAppFrame, registerHandlers } from '../../../src/main/ipc/register'
import { invokeChannels } from '../../../src/shared/ipc'
import { newArticle } from '../../../src/shared/article/document'
import { tempFolder } from '../../support/paths'
import { ScriptedDialogs } from '../../support/scriptedDialogs'
import { startTestMain } from '../../support/testMain'

let dir: string
let cleanup: () => Promise<void>
let handlers: Handlers
let dialogs: ScriptedDialogs
let closes: { count: number }
let opened: string[]

beforeEach(async () => {
  ;({ dir, cleanup } = await tempFolder())
  ;({ handlers, dialogs, opened, closes } = await startTestMain(dir))
})
afterEach(() => cleanup())

describe('IPC dispatch', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(invokeChannels).sort())
  })

  it('answers plain data in an envelope', async () => {
    expect(await dispatch(handlers, 'settings:update', { authorName: 'Jane' })).toMatchObject({ ok: true, value: { authorName: 'Jane' } })
  })

  it.each([
    ['an unknown channel', 'fs:readFile', '/etc/passwd', 'Unknown request "fs:readFile".'],
    ['a prototype key as channel', '__proto__', undefined, 'Unknown request "__proto__".'],
    ['a payload where none is expected', 'article:open', { path: '/etc/passwd' }, 'Invalid request for "article:open"'],
    ['a settings key that does not exist', 'settings:update', { evil: true }, 'Invalid request for "settings:update"'],
    ['a wrong type', 'settings:update', { autosave: 'yes' }, 'at autosave'],
    ['a document that is not an article', 'article:save', { document: { format: 'x' }, path: null, saveAs: false }, 'at document.format'],
    ['a hostile link inside a document', 'article:save', {
      document: { ...newArticle(), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } },
      path: null,
      saveAs: false
    }, 'http, https or mailto'],
    ['no payload at all', 'article:save', undefined, 'Invalid request for "article:save"']
  ])('refuses %s with a clear message', async (_name, channel, request, message) => {
    const answer = await dispatch(handlers, channel, request)
    expect(answer.ok).toBe(false)
    expect(!answer.ok && answer.error).toContain(message)
    expect(dialogs.calls).toEqual([])
  })

  it('turns a failing handler into an error message, not a crash, and logs it for the developer', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await dispatch(handlers, 'article:open', undefined)
    expect(logged).toHaveBeenCalledWith('[ipc] article:open failed', expect.any(Error))
    logged.mockRestore()
    expect(answer).toEqual({ ok: false, error: 'Copydesk could not complete "article:open": test did not script an answer for the open dialog' })
  })

  it('serves the sample story once, on first start', async () => {
    const first = await dispatch(handlers, 'app:startup', undefined)
    expect(first.ok && (first.value as { sample: { meta: { headline: string } } }).sample.meta.headline).toContain('Russia')
    const second = await dispatch(handlers, 'app:startup', undefined)
    expect(second).toMatchObject({ ok: true, value: { sample: null, settings: { sampleShown: true }, notice: null } })
  })

  it('lets the window close when the renderer confirms', async () => {
    expect(await dispatch(handlers, 'window:closeConfirmed', undefined)).toEqual({ ok: true, value: undefined })
    expect(closes.count).toBe(1)
  })

  it('saves through the same path as the app', async () => {
    dialogs.answers.save.push(join(dir, 'story.copydesk'))
    const answer = await dispatch(handlers, 'article:save', { document: newArticle(), path: null, saveAs: false })
    expect(answer).toEqual({ ok: true, value: { path: join(dir, 'story.copydesk') } })
  })
})

describe('sender check', () => {
  const app = 'file:///opt/Copydesk/resources/app.asar/out/renderer/index.html'
  it('accepts the app’s own top frame', () => {
    expect(isAppFrame({ url: app, parent: null }, app)).toBe(true)
    expect(isAppFrame({ url: `${app}#x`, parent: null }, app)).toBe(true)
  })
  it.each([
    ['a subframe', { url: app, parent: {} }],
    ['another page', { url: 'https://evil.example/index.html', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['no frame', null],
    ['a malformed URL', { url: 'not a url', parent: null }]
  ])('refuses %s', (_name, frame) => {
    expect(isAppFrame(frame, app)).toBe(false)
  })
})

describe('opening links', () => {
  it.each(['https://example.org/report', 'mailto:desk@example.org'])('hands %s to the system', async (url) => {
    expect(await dispatch(handlers, 'shell:openLink', { url })).toEqual({ ok: true, value: undefined })
    expect(opened).toEqual([url])
  })
  it.each(['http://example.org', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.org', 'mailto:', 'smb://host/share', 'not a url'])('refuses %s', async (url) => {
    expect(await dispatch(handlers, 'shell:openLink', { url })).toEqual({ ok: false, error: 'Copydesk opens only https and mailto links.' })
    expect(opened).toEqual([])
  })
})

describe('the handler wrapper registered with Electron', () => {
  it('refuses a message from any frame but the app’s main frame, and serves the app’s own', async () => {
    const registered = new Map<string, (event: unknown, request: unknown) => unknown>()
    const ipcMain = { handle: (channel: string, listener: (event: unknown, request: unknown) => unknown) => registered.set(channel, listener) }
    const appFrame = { url: 'file:///app/index.html', parent: null }
    registerHandlers(ipcMain as never, handlers, (frame) => frame === (appFrame as never))
    expect([...registered.keys()].sort()).toEqual(Object.keys(invokeChannels).sort())
    const settingsGet = registered.get('settings:get')!
    expect(await settingsGet({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined)).toEqual({
      ok: false,
      error: 'Refused "settings:get" from a frame that is not Copydesk\'s own window.'
    })
    expect(await settingsGet({ senderFrame: null }, undefined)).toMatchObject({ ok: false })
    expect(await settingsGet({ senderFrame: appFrame }, undefined)).toMatchObject({ ok: true })
  })
})
