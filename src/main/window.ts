import { BrowserWindow, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The URL the app's own page is served from: the dev server in development, the bundled file otherwise. */
export function appUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href
}

/** Electron's security checklist, applied once per session: no permissions, no navigation, no new windows. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    webPreferences: {
      // Reviewed: the preload is Copydesk's own, sandboxed, and exposes only the named methods of the IPC
      // contract (src/preload/buildApi.ts), never ipcRenderer. Electronegativity reads the marker on this line.
      preload: join(__dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // A middle click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  const { webContents } = window
  webContents.on('will-navigate', (event) => event.preventDefault())
  webContents.on('will-redirect', (event) => event.preventDefault())
  webContents.on('will-attach-webview', (event) => event.preventDefault())
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(appUrl())
  return window
}
