import { app, BrowserWindow, protocol, session } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppRequest } from './appProtocol'
import { MINIMUM_SIZE, type Placement } from '../node/windowState'

/** The URL the app's own page is served from: the dev server in development, app://copydesk otherwise. */
export function appUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? APP_ENTRY_URL
}

/** Must run before the app is ready: Chromium fixes each scheme's privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

/** Serves app:// from the bundled renderer folder (out/renderer, beside this bundle's out/main). */
export function serveAppScheme(): void {
  const root = join(__dirname, '../renderer')
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root))
}

/** Electron's security checklist, applied once per session: no permissions, no navigation, no new windows. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** The window, where it was last closed (see node/windowState.ts). */
export function createMainWindow(placement: Placement): BrowserWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
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
      disableBlinkFeatures: 'Auxclick',
      // No DevTools in a packaged build: they would let anyone at the keyboard run code with the bridge.
      devTools: !app.isPackaged
    }
  })
  const { webContents } = window
  webContents.on('will-navigate', (event) => event.preventDefault())
  webContents.on('will-redirect', (event) => event.preventDefault())
  webContents.on('will-attach-webview', (event) => event.preventDefault())
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(appUrl())
  return window
}
