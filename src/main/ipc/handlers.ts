import { plainTextToArticle } from '../../shared/import/plainText'
import { exportFragment } from '../../shared/export/html'
import { bodyText } from '../../shared/article/stats'
import { basename } from 'node:path'
import { exportWithDialog, type ArticleFiles } from '../services/articleFiles'
import { importBytes, importFile } from '../services/importFile'
import type { Dialogs } from '../services/dialogs'
import type { SettingsService } from '../services/settingsService'
import type { Handlers } from './dispatch'

export interface HandlerDeps {
  files: ArticleFiles
  settings: SettingsService
  dialogs: Dialogs
  /** The first-run sample story, as plain text. */
  sampleText: string
  /** Lets the window close once the renderer has dealt with unsaved changes. */
  confirmClose: () => void
  /** Writes HTML and plain text to the system clipboard. */
  writeClipboard: (content: { html: string; text: string }) => Promise<void> | void
  /** Where export dialogs start. */
  exportFolder: () => string
}

/** Every IPC channel's implementation. Electron registers these; the e2e bridge calls the very same ones. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:startup': () => {
      const settings = deps.settings.get()
      if (settings.sampleShown) return { settings, sample: null }
      return { settings: deps.settings.update({ sampleShown: true }), sample: plainTextToArticle(deps.sampleText) }
    },
    'article:open': () => deps.files.openWithDialog(),
    'article:save': (request) => deps.files.save(request),
    'article:import': async () => {
      const path = await deps.dialogs.chooseFileToImport(deps.exportFolder())
      return path ? { name: basename(path), document: await importFile(path) } : null
    },
    'article:importDropped': ({ name, base64 }) => importBytes(name, Buffer.from(base64, 'base64')),
    'article:export': (request) => exportWithDialog(deps.dialogs, deps.exportFolder(), request),
    'clipboard:copyArticle': async ({ document, attribution }) => {
      await deps.writeClipboard({ html: exportFragment(document, { attribution }), text: bodyText(document.body, '\n\n') })
      return undefined
    },
    'dialog:unsavedChanges': ({ documentName }) => deps.dialogs.askUnsavedChanges(documentName),
    'dialog:chooseFolder': () => deps.dialogs.chooseFolder(deps.settings.get().defaultFolder),
    'settings:get': () => deps.settings.get(),
    'settings:update': (patch) => deps.settings.update(patch),
    'window:closeConfirmed': () => {
      deps.confirmClose()
      return undefined
    }
  }
}
