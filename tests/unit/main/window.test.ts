import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The Electron edge of the window and the app:// scheme, run in plain Node with a stand-in `electron` module
// (the real one cannot load without its binary). What is checked is what the real one would be told.

const electron = vi.hoisted(() => {
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = []
  class BrowserWindow {
    readonly loaded: string[] = []
    readonly webContents = { on: () => undefined, setWindowOpenHandler: () => undefined }
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url)
      return Promise.resolve()
    }
  }
  return {
    windows,
    app: { isPackaged: false },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    BrowserWindow
  }
})
vi.mock('electron', () => electron)

const { appUrl, createMainWindow, registerAppScheme, serveAppScheme } = await import('../../../src/main/window')

const devServer = process.env.ELECTRON_RENDERER_URL
beforeEach(() => {
  electron.windows.length = 0
  delete process.env.ELECTRON_RENDERER_URL
})
afterEach(() => {
  if (devServer === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = devServer
})

const placement = { bounds: { x: 40, y: 60, width: 1000, height: 700 }, maximized: false }
const webPreferences = () => electron.windows[0]!.options.webPreferences as Record<string, unknown>

describe('the main window', () => {
  it('loads the page from app://copydesk, not from a file:// path', () => {
    createMainWindow(placement)
    expect(appUrl()).toBe('app://copydesk/index.html')
    expect(electron.windows[0]!.loaded).toEqual(['app://copydesk/index.html'])
  })

  it('loads the dev server in development', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    createMainWindow(placement)
    expect(electron.windows[0]!.loaded).toEqual(['http://localhost:5173'])
  })

  it('has no DevTools in a packaged (production) build, and keeps them for development', () => {
    electron.app.isPackaged = true
    createMainWindow(placement)
    expect(webPreferences().devTools).toBe(false)
    electron.windows.length = 0
    electron.app.isPackaged = false
    createMainWindow(placement)
    expect(webPreferences().devTools).toBe(true)
  })

  it('opens where the window was last closed, no smaller than its minimum', () => {
    createMainWindow(placement)
    expect(electron.windows[0]!.options).toMatchObject({ x: 40, y: 60, width: 1000, height: 700, minWidth: 720, minHeight: 480 })
  })

  it('keeps the rest of the checklist', () => {
    createMainWindow(placement)
    expect(webPreferences()).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
  })
})

describe('the app:// scheme', () => {
  it('is registered as privileged (standard, secure, fetch, V8 code cache) and not CORS-enabled or CSP-bypassing', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
    ])
  })

  it('is handled by the renderer-folder server', async () => {
    serveAppScheme()
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (request: { url: string; method: string }) => Promise<Response>]
    expect(scheme).toBe('app')
    // Under vitest the bundle folder resolves to src/renderer, whose index.html is the page's source.
    expect((await handler({ url: 'app://copydesk/index.html', method: 'GET' })).status).toBe(200)
    expect((await handler({ url: 'app://copydesk/../../package.json', method: 'GET' })).status).toBe(404)
  })
})
