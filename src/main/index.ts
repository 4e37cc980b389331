import { app, BrowserWindow, clipboard, ClipboardItem, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron'
import Store from 'electron-store'
import sampleText from '../../resources/samples/web-scrape-russia-election.txt?raw'
import { isAppFrame, registerHandlers } from './ipc/register'
import { join, resolve } from 'node:path'
import { restoredPanel, restoredPlacement, WindowStateFile } from '../node/windowState'
import type { Command } from '../shared/commands'
import type { EventChannel, PayloadOf } from '../shared/ipc'
import { storyFileIn } from './launchFiles'
import { contextMenuTemplate, spellCheckerLanguage } from './contextMenu'
import { buildMenu } from './menu'
import { startServices } from './startServices'
import { electronDialogs } from './electronDialogs'
import { appUrl, createMainWindow, hardenSession, registerAppScheme, serveAppScheme } from './window'

// Tests run the app against a throw-away profile.
if (process.env.COPYDESK_USER_DATA) app.setPath('userData', process.env.COPYDESK_USER_DATA)
registerAppScheme()

let mainWindow: BrowserWindow | null = null
/** A story the system asked to open before the page could hear of it: handed over at app:startup. */
let launchFile: string | null = storyFileIn(process.argv, process.cwd())
/** Words ignored for this session: Chromium has no session-only ignore, so they leave the dictionary at quit. */
const ignoredWords = new Set<string>()
/** Set once the services run: opens a story the system hands over while Copydesk runs. */
let openFromSystem: ((path: string) => Promise<void>) | null = null
// Set once the renderer has settled unsaved changes, so the next close really closes.
let closeConfirmed = false

async function openWindow(windowState: WindowStateFile): Promise<void> {
  closeConfirmed = false
  const window = createMainWindow(restoredPlacement(await windowState.read(), screen.getAllDisplays(), screen.getPrimaryDisplay()))
  mainWindow = window
  window.on('close', (event) => {
    if (closeConfirmed) {
      // Remembered on the screen the window is on: each screen keeps its own place.
      const bounds = window.getNormalBounds()
      void windowState.remember(screen.getDisplayMatching(bounds), { bounds, maximized: window.isMaximized() })
      return
    }
    event.preventDefault()
    window.webContents.send('window:closeRequested')
  })
  // Right click: spelling suggestions, Add to Dictionary and Ignore, then the editing commands.
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => {
        ignoredWords.delete(word)
        session.defaultSession.addWordToSpellCheckerDictionary(word)
      },
      ignore: (word) => {
        ignoredWords.add(word)
        session.defaultSession.addWordToSpellCheckerDictionary(word)
      }
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window })
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
    const windowState = new WindowStateFile(join(app.getPath('userData'), 'window-state.json'))
    const services = await startServices({
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
      },
      storyUsed: (path) => app.addRecentDocument(path),
      recentChanged: () => void updateMenu(),
      launchFile: () => {
        const file = launchFile
        launchFile = null
        return file
      },
      printToPdf: (layout) =>
        currentWindow().webContents.printToPDF({ displayHeaderFooter: true, headerTemplate: layout.headerTemplate, footerTemplate: layout.footerTemplate, margins: layout.margins, printBackground: false }),
      restoredPanel: async () => restoredPanel(await windowState.read(), screen.getAllDisplays(), screen.getPrimaryDisplay()),
      rememberPanel: (panel) => windowState.rememberPanel(screen.getDisplayMatching(currentWindow().getBounds()), panel),
      setSpellCheckLanguage: (tag) => {
        // macOS checks spelling with the system's own checker, in the languages the user set there.
        if (process.platform === 'darwin') return null
        const language = spellCheckerLanguage(tag, session.defaultSession.availableSpellCheckerLanguages)
        if (language) session.defaultSession.setSpellCheckerLanguages([language])
        return language
      },
      print: () =>
        new Promise<void>((done, fail) =>
          currentWindow().webContents.print({ printBackground: false }, (success, reason) =>
            // Cancelling the dialog is no failure.
            success || reason === 'cancelled' ? done() : fail(new Error(`Printing failed: ${reason}.`))
          )
        )
    })
    const { handlers, recent } = services
    const send = <E extends EventChannel>(channel: E, payload: PayloadOf<E>): void => mainWindow?.webContents.send(channel, payload)
    const updateMenu = async (): Promise<void> => {
      const actions = {
        command: (command: Command) => send('menu:command', command),
        openRecent: (path: string) => send('menu:openRecent', path),
        clearRecent: () => {
          app.clearRecentDocuments()
          void recent.clear().then(updateMenu)
        }
      }
      Menu.setApplicationMenu(buildMenu(actions, await recent.list()))
    }
    // A story handed over while Copydesk runs (a second launch, a double click, macOS's open-file): it joins the
    // recent list, the only paths the page may ask main to open, and the page opens it as it opens any recent story.
    openFromSystem = async (path: string): Promise<void> => {
      await recent.admit(path)
      await updateMenu()
      if (mainWindow?.isMinimized()) mainWindow.restore()
      mainWindow?.focus()
      send('menu:openRecent', resolve(path))
    }
    registerHandlers(ipcMain, handlers, (frame) => {
      return frame !== null && frame === mainWindow?.webContents.mainFrame && isAppFrame(frame, appUrl())
    })
    await updateMenu()
    await openWindow(windowState)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openWindow(windowState)
    })
  })

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const story = storyFileIn(argv, workingDirectory)
    if (story && openFromSystem) void openFromSystem(story)
    else {
      if (mainWindow?.isMinimized()) mainWindow.restore()
      mainWindow?.focus()
    }
  })

  // macOS hands files over with open-file, also before the app is ready (then it is the launch file).
  app.on('open-file', (event, path) => {
    event.preventDefault()
    if (openFromSystem && mainWindow) void openFromSystem(path)
    else launchFile = path
  })

  app.on('will-quit', () => {
    for (const word of ignoredWords) session.defaultSession.removeWordFromSpellCheckerDictionary(word)
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
