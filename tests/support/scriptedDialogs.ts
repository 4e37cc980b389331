import type { Dialogs } from '../../src/main/services/dialogs'

type Answers = {
  open: (string | null)[]
  import: (string | null)[]
  save: (string | null)[]
  folder: (string | null)[]
  unsaved: ('save' | 'discard' | 'cancel')[]
  confirmLink: boolean[]
}

/**
 * Stands in for Electron's native dialogs (the one part of main that needs a real window): each call takes
 * the next scripted answer, and a call nobody scripted fails the test loudly.
 */
export class ScriptedDialogs implements Dialogs {
  readonly answers: Answers = { open: [], import: [], save: [], folder: [], unsaved: [], confirmLink: [] }
  readonly calls: { dialog: keyof Answers; argument: string }[] = []

  private next<K extends keyof Answers>(dialog: K, argument: string): Answers[K][number] {
    this.calls.push({ dialog, argument })
    if (this.answers[dialog].length === 0) throw new Error(`test did not script an answer for the ${dialog} dialog`)
    return this.answers[dialog].shift()!
  }

  chooseFileToOpen = async (defaultFolder: string) => this.next('open', defaultFolder)
  chooseFileToImport = async (defaultFolder: string) => this.next('import', defaultFolder)
  chooseSaveTarget = async (suggestedPath: string) => this.next('save', suggestedPath)
  /** Every clipboard write, as Electron's clipboard would receive it. */
  readonly clipboard: { html: string; text: string }[] = []
  chooseFolder = async (defaultFolder: string) => this.next('folder', defaultFolder)
  askUnsavedChanges = async (documentName: string) => this.next('unsaved', documentName)
  confirmOpenLink = async (link: { href: string }) => this.next('confirmLink', link.href)
}
