import { dialog, type BrowserWindow } from 'electron'
import { FILE_EXTENSION } from '../shared/article/document'
import type { Dialogs } from './services/dialogs'
import { IMPORT_EXTENSIONS } from '../node/importFile'

const filters = [{ name: 'Copydesk article', extensions: [FILE_EXTENSION] }]

export function electronDialogs(window: () => BrowserWindow): Dialogs {
  return {
    async chooseFileToOpen(defaultFolder) {
      const result = await dialog.showOpenDialog(window(), { defaultPath: defaultFolder, filters, properties: ['openFile'] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseFileToImport(defaultFolder) {
      const result = await dialog.showOpenDialog(window(), {
        defaultPath: defaultFolder,
        filters: [{ name: 'Stories (text, HTML, Markdown, Word)', extensions: [...IMPORT_EXTENSIONS] }],
        properties: ['openFile']
      })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async chooseSaveTarget(suggestedPath, filter) {
      const result = await dialog.showSaveDialog(window(), { defaultPath: suggestedPath, filters: filter ? [filter] : filters })
      return result.canceled ? null : (result.filePath ?? null)
    },
    async chooseFolder(defaultFolder) {
      const result = await dialog.showOpenDialog(window(), { defaultPath: defaultFolder || undefined, properties: ['openDirectory', 'createDirectory'] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async askUnsavedChanges(documentName) {
      const { response } = await dialog.showMessageBox(window(), {
        type: 'warning',
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        message: `Do you want to save the changes you made to “${documentName}”?`,
        detail: 'Your changes will be lost if you don’t save them.'
      })
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel'
    },
    async confirmOpenLink({ href, host, reason }) {
      // Cancel is the default: Enter or Escape opens nothing. The host and address shown are ASCII
      // (punycode, percent-encoded), so no character in them can change how they read.
      const { response } = await dialog.showMessageBox(window(), {
        type: 'warning',
        buttons: ['Cancel', 'Open Link'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        message: `Open a link to ${host}?`,
        detail: `${reason}\n\nReal host: ${host}\nFull address: ${href}`
      })
      return response === 1
    }
  }
}
