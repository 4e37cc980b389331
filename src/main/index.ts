import { join } from 'node:path'
import { app, BrowserWindow, clipboard, ClipboardItem, ipcMain, Menu, shell } from 'electron'
import Store from 'electron-store'
import sampleText from '../../resources/samples/web-scrape-russia-election.txt?raw'
import { createHandlers } from './ipc/handlers'
import { isAppFrame, registerHandlers } from './ipc/register'
import { buildMenu } from './menu'
import { electronDialogs } from './electronDialogs'
import { ArticleFiles } from './services/articleFiles'
import { RecoveryStore } from './services/recovery'
import { openSettingsStore, repairSettingsFile } from './services/settingsFile'
import { SettingsService } from './services/settingsService'
import { appUrl, createMainWindow, hardenSession, registerAppScheme, serveAppScheme } from './window'

// Tests run the app against a throw-away profile.
if (process.env.COPYDESK_USER_DATA) app.setPath('userData', process.env.COPYDESK_USER_DATA)
registerAppScheme()

let mainWindow: BrowserWindow | null = null
// Set once the renderer has settled unsaved changes, so the next close really closes.
let closeConfirmed = false

function openWindow(): void {
  closeConfirmed = false
  const window = createMainWindow()
  mainWindow = window
  window.on('close', (event) => {
    if (closeConfirmed) return
    event.preventDefault()
    window.webContents.send('window:closeRequested')
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  void app.whenReady().then(async () => {
    hardenSession()
    serveAppScheme()
    // A damaged settings file must never stop the app: what can be kept is kept, the rest set aside, and the
    // user told; a store that still cannot open holds settings in memory.
    const repairNotice = await repairSettingsFile(join(app.getPath('userData'), 'settings.json'))
    const opened = openSettingsStore(() => new Store<Record<string, unknown>>({ name: 'settings' }))
    const startupNotice = [repairNotice, opened.notice].filter(Boolean).join(' ') || null
    const settings = new SettingsService(opened.store)
    const currentWindow = (): BrowserWindow => {
      if (!mainWindow) throw new Error('no window is open')
      return mainWindow
    }
    const dialogs = electronDialogs(currentWindow)
    const defaultFolder = (): string => settings.get().defaultFolder || app.getPath('documents')
    const files = new ArticleFiles({ dialogs, defaultFolder })
    const handlers = createHandlers({
      files,
      settings,
      dialogs,
      sampleText,
      exportFolder: defaultFolder,
      recovery: new RecoveryStore(join(app.getPath('userData'), 'recovery')),
      startupNotice,
      // Only called by the shell:openLink handler after isOpenableLink (https and mailto only).
      openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
      writeClipboard: ({ html, text }) => clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]),
      confirmClose: () => {
        closeConfirmed = true
        mainWindow?.close()
      }
    })
    registerHandlers(ipcMain, handlers, (frame) => {
      return frame !== null && frame === mainWindow?.webContents.mainFrame && isAppFrame(frame, appUrl())
    })
    Menu.setApplicationMenu(buildMenu((command) => mainWindow?.webContents.send('menu:command', command)))
    openWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
