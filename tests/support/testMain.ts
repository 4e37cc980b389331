import { readFileSync } from 'node:fs'
import Conf from 'conf'
import { startServices, type MainEdges } from '../../src/main/startServices'
import { NO_ENCRYPTION } from '../../src/node/cms/passwordStore'
import { samplePath } from './paths'
import { DEFAULT_SIDE_PANEL } from '../../src/shared/sidePanel'
import { ScriptedDialogs } from './scriptedDialogs'

/**
 * Main's services and IPC handlers, started as the app starts them (startServices), with `dir` as both the
 * user-data and the documents folder, scripted dialogs, and the system browser, clipboard and window close
 * recorded instead of performed.
 */
export async function startTestMain(dir: string, edges: Partial<MainEdges> = {}) {
  const dialogs = new ScriptedDialogs()
  const opened: string[] = []
  const closes = { count: 0 }
  const services = await startServices({
    userDataDir: dir,
    documentsDir: dir,
    openStore: () => new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'copydesk-test' }),
    dialogs,
    sampleText: readFileSync(samplePath, 'utf8'),
    writeClipboard: (content) => void dialogs.clipboard.push(content),
    openExternal: (url) => void opened.push(url),
    confirmClose: () => void closes.count++,
    encryption: NO_ENCRYPTION,
    storyUsed: () => undefined,
    recentChanged: () => undefined,
    launchFile: () => null,
    printToPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 test')),
    print: () => Promise.resolve(),
    setSpellCheckLanguage: () => null,
    restoredPanel: async () => DEFAULT_SIDE_PANEL,
    rememberPanel: async () => undefined,
    ...edges
  })
  return { ...services, dialogs, opened, closes }
}
