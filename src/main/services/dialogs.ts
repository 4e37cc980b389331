export interface FileFilter {
  name: string
  extensions: string[]
}

/** The native dialogs the services need. Electron provides them in the app; tests script the answers. */
export interface Dialogs {
  /** Absolute path of the file to open, or null when cancelled. */
  chooseFileToOpen(defaultFolder: string): Promise<string | null>
  /** Absolute path of a text, HTML, Markdown or Word file to import, or null when cancelled. */
  chooseFileToImport(defaultFolder: string): Promise<string | null>
  /**
   * Absolute path to save to, or null when cancelled. `suggestedPath` may be a bare file name; `filter`
   * defaults to Copydesk articles.
   */
  chooseSaveTarget(suggestedPath: string, filter?: FileFilter): Promise<string | null>
  chooseFolder(defaultFolder: string): Promise<string | null>
  askUnsavedChanges(documentName: string): Promise<'save' | 'discard' | 'cancel'>
  /**
   * Before opening a link that may not be what it seems (openLinkPolicy): shows why, the real host and the
   * full address. True only when the user chose to open it.
   */
  confirmOpenLink(link: { href: string; host: string; reason: string }): Promise<boolean>
}
