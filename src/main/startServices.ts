import { join } from 'node:path'
import { createHandlers, type HandlerDeps } from './ipc/handlers'
import type { Handlers } from './ipc/dispatch'
import { ArticleFiles } from './services/articleFiles'
import { RecoveryStore } from '../node/recovery'
import { openSettingsStore, repairSettingsFile } from '../node/settingsFile'
import { SettingsService, type SettingsStore } from '../node/settingsService'
import { PasswordStore, type SystemEncryption } from '../node/cms/passwordStore'
import { CmsSending } from './services/cmsSending'
import { RecentStories } from '../node/recentStories'

/** What only Electron (or, in the e2e bridge, its stand-in) provides. */
export interface MainEdges extends Pick<HandlerDeps, 'dialogs' | 'sampleText' | 'openExternal' | 'writeClipboard' | 'confirmClose' | 'storyUsed' | 'recentChanged' | 'launchFile' | 'printToPdf' | 'print' | 'setSpellCheckLanguage' | 'restoredPanel' | 'rememberPanel'> {
  userDataDir: string
  /** The system's documents folder: where dialogs start when no default folder is set. */
  documentsDir: string
  /** Opens the settings store in userDataDir (electron-store in the app, its engine conf in tests). */
  openStore: () => SettingsStore
  /** The operating system's encryption for the CMS password (Electron's safeStorage; none in plain Node). */
  encryption: SystemEncryption
}

export interface MainServices {
  handlers: Handlers
  settings: SettingsService
  files: ArticleFiles
  recovery: RecoveryStore
  recent: RecentStories
}

/**
 * Main's start-up after the window machinery: repairs a damaged settings file, opens the store, and wires
 * the services to the IPC handlers. The app and the e2e bridge both start here, so what the tests drive is
 * the app's own start-up, not a copy of it.
 */
export async function startServices(edges: MainEdges): Promise<MainServices> {
  // A damaged settings file must never stop the app: what can be kept is kept, the rest set aside, and the
  // user told; a store that still cannot open holds settings in memory.
  const repairNotice = await repairSettingsFile(join(edges.userDataDir, 'settings.json'))
  const opened = openSettingsStore(edges.openStore)
  const settings = new SettingsService(opened.store)
  const defaultFolder = (): string => settings.get().defaultFolder || edges.documentsDir
  const files = new ArticleFiles({ dialogs: edges.dialogs, defaultFolder })
  const recovery = new RecoveryStore(join(edges.userDataDir, 'recovery'))
  const recent = new RecentStories(join(edges.userDataDir, 'recent.json'))
  const cms = new CmsSending(settings, new PasswordStore(join(edges.userDataDir, 'wordpress-password'), edges.encryption))
  const handlers = createHandlers({
    ...edges,
    cms,
    files,
    settings,
    exportFolder: defaultFolder,
    recovery,
    recent,
    startupNotice: [repairNotice, opened.notice].filter(Boolean).join(' ') || null
  })
  return { handlers, settings, files, recovery, recent }
}
