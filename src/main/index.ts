import { app, BrowserWindow, clipboard, ClipboardItem, ipcMain, Menu, safeStorage, shell } from 'electron'
import Store from 'electron-store'
import sampleText from '../../resources/samples/web-scrape-russia-election.txt?raw'
import { isAppFrame, registerHandlers } from './ipc/register'
import { buildMenu } from './menu'
import { startServices } from './startServices'
import { electronDialogs } from './electronDialogs'
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
    const currentWindow = (): BrowserWindow => {
      if (!mainWindow) throw new Error('no window is open')
      return mainWindow
    }
    const { handlers } = await startServices({
      userDataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      openStore: () => new Store<Record<string, unknown>>({ name: 'settings' }),
      // The operating system's store for the WordPress application password. On a Linux without a keyring
      // Electron falls back to 'basic_text', a key built into Electron: that is no secure storage, so it counts as none.
      encryption: {
        available: () => safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())),
        encrypt: (text) => safeStorage.encryptString(text),
        decrypt: (data) => safeStorage.decryptString(data)
      },
      dialogs: electronDialogs(currentWindow),
      sampleText,
      // Only called by the shell:openLink handler, with the normalised address openLinkDecision allowed.
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
