import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Conf from 'conf'
import type { Page } from '@playwright/test'
import { dispatch } from '../../src/main/ipc/dispatch'
import { NO_ENCRYPTION } from '../../src/node/cms/passwordStore'
import { startServices, type MainServices } from '../../src/main/startServices'
import type { EventChannel, PayloadOf } from '../../src/shared/ipc'
import { repoRoot, samplePath } from './paths'
import { ScriptedDialogs } from './scriptedDialogs'
import { DEFAULT_SIDE_PANEL, type SidePanel } from '../../src/shared/sidePanel'

/**
 * The app's main process without Electron: main's own start-up (`startServices`: settings repair, store,
 * services, the real handlers and validation) running in the test's Node process. The page gets the BUILT
 * preload (out/preload/index.cjs), evaluated with a stand-in for the `electron` module whose
 * ipcRenderer.invoke goes through page.exposeFunction to `dispatch` here.
 *
 * Faked, because they need Electron itself: the transport (JSON text through Playwright instead of
 * structured clone over Electron IPC), context isolation (the preload runs in the page's own world, so the
 * bridge object is frozen but not isolated), the sender-frame check (every call counts as the app's main
 * frame; `registerHandlers`' check is unit-tested in tests/unit/main/ipc.test.ts), native dialogs (scripted
 * answers), the clipboard (recorded), the system browser (links recorded, not opened), closing the window
 * (counted), the settings store (electron-store's engine `conf` in the same file layout), and the app://
 * scheme (the built renderer is served over http://127.0.0.1 by tests/support/serveRenderer.ts).
 */
export class MainProcess {
  readonly dialogs = new ScriptedDialogs()
  closeConfirmations = 0
  /** A story file "the operating system" hands over at launch (set before attach), as a double click would. */
  launchFile: string | null = null
  /** How often the page asked for the system's print dialog. */
  printRequests = 0
  /** The side panel's tab and width, as the page last reported them (window-state.json in the app). */
  panel: SidePanel = DEFAULT_SIDE_PANEL
  /** The language tags the page asked the spell checker to follow. */
  readonly spellCheckLanguages: string[] = []
  /** Links handed to the system browser. */
  readonly openedLinks: string[] = []
  private services: MainServices | null = null

  constructor(readonly userDataDir: string, readonly documentsDir: string) {}

  private started(): MainServices {
    if (!this.services) throw new Error('MainProcess.attach(page) has not run yet')
    return this.services
  }

  get settings(): MainServices['settings'] {
    return this.started().settings
  }

  get files(): MainServices['files'] {
    return this.started().files
  }

  get recovery(): MainServices['recovery'] {
    return this.started().recovery
  }

  get settingsFile(): string {
    return join(this.userDataDir, 'settings.json')
  }

  async attach(page: Page): Promise<void> {
    this.services = await startServices({
      userDataDir: this.userDataDir,
      documentsDir: this.documentsDir,
      openStore: () => new Conf<Record<string, unknown>>({ cwd: this.userDataDir, configName: 'settings', projectName: 'copydesk' }),
      dialogs: this.dialogs,
      sampleText: readFileSync(samplePath, 'utf8'),
      writeClipboard: (content) => void this.dialogs.clipboard.push(content),
      openExternal: (url) => void this.openedLinks.push(url),
      confirmClose: () => this.closeConfirmations++,
      // Plain Node has no operating-system secret store: the app's own "no secure storage" path runs.
      encryption: NO_ENCRYPTION,
      // The operating system's recent documents and the native menu: the page sees neither here.
      storyUsed: () => undefined,
      recentChanged: () => undefined,
      launchFile: () => {
        const file = this.launchFile
        this.launchFile = null
        return file
      },
      // Chromium's own printToPDF, as Electron's is: the page's print stylesheet, the same footer and margins.
      printToPdf: async (layout) =>
        page.pdf({
          displayHeaderFooter: true,
          headerTemplate: layout.headerTemplate,
          footerTemplate: layout.footerTemplate,
          margin: { top: `${layout.margins.top}in`, bottom: `${layout.margins.bottom}in`, left: `${layout.margins.left}in`, right: `${layout.margins.right}in` },
          printBackground: false
        }),
      // There is no print dialog to show in a headless browser: the request is counted.
      print: async () => void this.printRequests++,
      // Chromium's dictionaries are Electron's to choose; here the story's language tags are recorded.
      setSpellCheckLanguage: (tag) => {
        this.spellCheckLanguages.push(tag)
        return null
      },
      // One screen: the side panel as last left, kept for the next start of the page.
      restoredPanel: async () => this.panel,
      rememberPanel: async (panel) => {
        this.panel = panel
      }
    })
    const { handlers } = this.services
    // Requests and replies cross as JSON text: for the plain data the contract allows that is what Electron's
    // structured clone delivers, and a 50,000-word story costs milliseconds instead of the long page task
    // Playwright's value-by-value serialisation takes.
    await page.exposeFunction('__copydeskInvoke', async (channel: string, request: string | undefined) =>
      JSON.stringify(await dispatch(handlers, channel, request === undefined ? undefined : JSON.parse(request)))
    )
    const preload = readFileSync(join(repoRoot, 'out/preload/index.cjs'), 'utf8')
    // `__name` covers esbuild's keep-names helper when this runs under tsx (the benchmarks); a no-op otherwise.
    await page.addInitScript({ content: `var __name = (target) => target; (${electronStandIn.toString()})(); ${wrapPreload(preload)}` })
  }

  /** Sends a main-to-renderer event, as webContents.send would. */
  async emit<E extends EventChannel>(page: Page, channel: E, payload?: PayloadOf<E>): Promise<void> {
    await page.evaluate(([c, p]) => (window as unknown as { __copydeskEmit: (c: string, p: unknown) => void }).__copydeskEmit(c, p), [channel, payload] as const)
  }
}

/** Runs in the page before any script: a minimal `electron` module for the preload, kept off `window`. */
function electronStandIn(): void {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>()
  const w = window as unknown as Record<string, unknown>
  const deliveries: number[] = []
  Object.defineProperty(window, '__copydeskBridgeDeliveries', { value: deliveries })
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true })
    },
    ipcRenderer: {
      // Looked up per call: Playwright installs the exposed function alongside this script.
      invoke: async (channel: string, request: unknown) => {
        const send = w.__copydeskInvoke as (c: string, r: string | undefined) => Promise<string>
        const reply = await send(channel, request === undefined ? undefined : JSON.stringify(request))
        // The task in which Playwright delivered the reply is its transport, timed by nothing Electron does:
        // the benchmarks leave it out of the app's long tasks, and the reply is read in a task of its own.
        deliveries.push(performance.now())
        await new Promise((resolve) => setTimeout(resolve, 0))
        return JSON.parse(reply) as unknown
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set())
        listeners.get(channel)!.add(listener)
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.get(channel)?.delete(listener)
    }
  }
  Object.defineProperty(window, '__copydeskElectron', { value: electron })
  Object.defineProperty(window, '__copydeskEmit', {
    value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener({}, payload))
  })
}

function wrapPreload(source: string): string {
  return `(function (require, module, exports) {\n${source}\n})((name) => { if (name !== 'electron') throw new Error('preload required ' + name); return window.__copydeskElectron }, { exports: {} }, {});`
}
