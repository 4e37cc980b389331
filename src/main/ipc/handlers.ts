import { plainTextToArticle } from '../../shared/import/plainText'
import { exportFragment } from '../../shared/export/html'
import { bodyText } from '../../shared/article/stats'
import { basename, dirname, join, resolve } from 'node:path'
import { pdfLayout, type PdfLayout } from '../../shared/printLayout'
import type { SidePanel } from '../../shared/sidePanel'
import { exportWithDialog, reportWithDialog, writeWithDialog, type ArticleFiles } from '../services/articleFiles'
import { importDraftFromBytes, importDraftFromFile } from '../../node/importFile'
import type { RecoveryStore } from '../../node/recovery'
import { UserFacingError } from '../../node/userFacingError'
import type { Handlers } from './dispatch'
import type { Dialogs } from '../services/dialogs'
import type { SettingsService } from '../../node/settingsService'
import { openLinkDecision } from '../openLinkPolicy'
import type { CmsSending } from '../services/cmsSending'
import type { RecentStories } from '../../node/recentStories'
import { FILE_EXTENSION, type ArticleDocument } from '../../shared/article/document'
import { articleFromBytes } from '../../node/articleFile'

export interface HandlerDeps {
  files: ArticleFiles
  settings: SettingsService
  dialogs: Dialogs
  /** The first-run sample story, as plain text. */
  sampleText: string
  /** Lets the window close once the renderer has dealt with unsaved changes. */
  confirmClose: () => void
  /** Hands an https or mailto address that openLinkPolicy passed to the system browser or mail program. */
  openExternal: (url: string) => Promise<void> | void
  /** Writes HTML and plain text to the system clipboard. */
  writeClipboard: (content: { html: string; text: string }) => Promise<void> | void
  /** Where export dialogs start. */
  exportFolder: () => string
  recovery: RecoveryStore
  /** A message from start-up for the user (damaged settings set aside), or null. */
  startupNotice: string | null
  cms: CmsSending
  recent: RecentStories
  /** A story was opened or saved: the system's recent documents and the File ▸ Open Recent menu hear of it. */
  storyUsed: (path: string) => void
  /** The recent list changed: the menu is rebuilt. */
  recentChanged: () => void
  /** The story file the operating system asked to open when Copydesk started, taken once; null when none. */
  launchFile: () => string | null
  /** The window's page as a PDF (Chromium's printToPDF, print stylesheet applied). */
  printToPdf: (layout: PdfLayout) => Promise<Uint8Array>
  /** The system's print dialog for the window's page. */
  print: () => Promise<void>
  /** Points the spell checker at a language tag's dictionary; answers the one used, or null. */
  setSpellCheckLanguage: (tag: string) => string | null
  /** The side panel as last left on the window's screen, and remembering it there. */
  restoredPanel: () => Promise<SidePanel>
  rememberPanel: (panel: SidePanel) => Promise<void>
}

/** Every IPC channel's implementation. Electron registers these; the e2e bridge calls the very same ones. */
export function createHandlers(deps: HandlerDeps): Handlers {
  /** A story opened or saved goes to the top of the recent list. */
  const used = async <T extends { path: string } | null>(result: T, document?: ArticleDocument): Promise<T> => {
    if (result) {
      const opened = result as { path: string; document?: ArticleDocument }
      await deps.recent.remember(opened.path, document ?? opened.document!)
      deps.storyUsed(opened.path)
      deps.recentChanged()
    }
    return result
  }
  /** A story the system handed over: on the recent list whatever happens, then read, or why it could not be. */
  const openLaunched = async (path: string): Promise<{ path: string; document: ArticleDocument } | { path: string; error: string }> => {
    await deps.recent.admit(path)
    try {
      return await used(await deps.files.openKnown(path))
    } catch (error) {
      // Listed all the same, so the user can find it again (or remove it) from File ▸ Open Recent.
      deps.recentChanged()
      return { path: resolve(path), error: (error as Error).message }
    }
  }
  return {
    'app:startup': async () => {
      const settings = deps.settings.get()
      const notice = deps.startupNotice
      const launched = deps.launchFile()
      // A story handed over at launch is read here, in the same round trip: the window shows it sooner.
      const opened = launched ? await openLaunched(launched) : null
      const panel = await deps.restoredPanel()
      if (settings.sampleShown || opened) return { settings, sample: null, notice, opened, panel }
      return { settings: deps.settings.update({ sampleShown: true }), sample: plainTextToArticle(deps.sampleText), notice, opened: null, panel }
    },
    'article:open': async () => used(await deps.files.openWithDialog()),
    'article:save': async (request) => used(await deps.files.save(request), request.document),
    'article:import': async () => {
      const path = await deps.dialogs.chooseFileToImport(deps.exportFolder())
      if (!path) return null
      return { name: basename(path), ...(await importDraftFromFile(path)) }
    },
    'article:importDropped': async ({ name, base64 }) => {
      const bytes = Buffer.from(base64, 'base64')
      if (name.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) {
        const known = await deps.recent.withContent(name, bytes)
        if (known) return { ...(await used(await deps.files.openKnown(known))), notice: null, webPage: null }
        return { document: articleFromBytes(name, bytes), notice: null, webPage: null, path: null }
      }
      return { ...(await importDraftFromBytes(name, bytes)), path: null }
    },
    'article:export': (request) => exportWithDialog(deps.dialogs, deps.exportFolder(), request),
    'article:report': (request) => reportWithDialog(deps.dialogs, deps.exportFolder(), request),
    'shell:openLink': async ({ url }) => {
      const decision = openLinkDecision(url)
      if (decision.action === 'refuse') throw new UserFacingError(decision.message)
      if (decision.action === 'confirm' && !(await deps.dialogs.confirmOpenLink(decision))) return undefined
      // Only the policy's normalised https or mailto address reaches the system, never the page's string.
      await deps.openExternal(decision.href) // eng-disable OPEN_EXTERNAL_JS_CHECK
      return undefined
    },
    'clipboard:copyArticle': async ({ document, attribution }) => {
      await deps.writeClipboard({ html: exportFragment(document, { attribution }), text: bodyText(document.body, '\n\n') })
      return undefined
    },
    'recovery:write': async ({ id, path, document }) => {
      // Only a path main would save to is remembered, so a recovered draft cannot name any other file.
      await deps.recovery.write(id, path !== null && deps.files.isWritable(path) ? path : null, document)
      return undefined
    },
    'recovery:discard': async ({ id }) => {
      await deps.recovery.discard(id)
      return undefined
    },
    'recovery:list': () => deps.recovery.list(),
    'recovery:restore': async ({ id }) => {
      const draft = await deps.recovery.read(id)
      if (!draft) throw new UserFacingError('That recovered draft can no longer be read.')
      if (draft.path) deps.files.allowWriting(draft.path)
      return { document: draft.document, path: draft.path }
    },
    'dialog:unsavedChanges': ({ documentName }) => deps.dialogs.askUnsavedChanges(documentName),
    'dialog:chooseFolder': () => deps.dialogs.chooseFolder(deps.settings.get().defaultFolder),
    'cms:connection': () => deps.cms.state(),
    'cms:savePassword': async ({ password }) => {
      await deps.cms.passwords.save(password)
      return deps.cms.state()
    },
    'cms:forgetPassword': async () => {
      await deps.cms.passwords.forget()
      return deps.cms.state()
    },
    'cms:test': async ({ site, user, password }) => (await deps.cms.target(password, { site, user })).testConnection(),
    'cms:plan': async ({ document, password }) => (await deps.cms.target(password)).plan(document),
    'cms:send': async ({ document, password, status, asNew }) => (await deps.cms.target(password)).send(document, { status, asNew }),
    'article:print': async () => {
      await deps.print()
      return undefined
    },
    'article:savePdf': ({ slug, name }) =>
      writeWithDialog(deps.dialogs, join(deps.exportFolder(), `${name || 'story'}.pdf`), { name: 'PDF', extensions: ['pdf'] }, () => deps.printToPdf(pdfLayout(slug))),
    'recent:list': () => deps.recent.list(),
    'recent:open': async ({ path }) => {
      const story = (await deps.recent.list()).find((s) => s.path === resolve(path))
      if (!story) throw new UserFacingError('Copydesk opens only stories on its recent list this way; use File ▸ Open… for any other.')
      if (story.missing) throw new UserFacingError(`“${basename(path)}” is no longer at ${dirname(resolve(path))}: it was moved, renamed or deleted. Remove it from the list, or find it with File ▸ Open….`)
      return used(await deps.files.openKnown(path))
    },
    'recent:forget': async ({ path }) => {
      await deps.recent.forget(path)
      deps.recentChanged()
      return deps.recent.list()
    },
    'spellcheck:setLanguage': ({ language }) => deps.setSpellCheckLanguage(language),
    'settings:get': () => deps.settings.get(),
    'settings:update': (patch) => deps.settings.update(patch),
    'window:panel': async (panel) => {
      await deps.rememberPanel(panel)
      return undefined
    },
    'window:closeConfirmed': () => {
      deps.confirmClose()
      return undefined
    }
  }
}
