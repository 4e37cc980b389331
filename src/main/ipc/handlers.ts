import { plainTextToArticle } from '../../shared/import/plainText'
import { exportFragment } from '../../shared/export/html'
import { bodyText } from '../../shared/article/stats'
import { basename } from 'node:path'
import { exportWithDialog, reportWithDialog, type ArticleFiles } from '../services/articleFiles'
import { importBytes, importFile } from '../../node/importFile'
import { ImportLimits } from '../../shared/import/limits'
import type { RecoveryStore } from '../../node/recovery'
import { UserFacingError } from '../../node/userFacingError'
import type { Handlers } from './dispatch'
import type { Dialogs } from '../services/dialogs'
import type { SettingsService } from '../../node/settingsService'
import { openLinkDecision } from '../openLinkPolicy'
import type { CmsSending } from '../services/cmsSending'

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
}

/** Every IPC channel's implementation. Electron registers these; the e2e bridge calls the very same ones. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:startup': () => {
      const settings = deps.settings.get()
      const notice = deps.startupNotice
      if (settings.sampleShown) return { settings, sample: null, notice }
      return { settings: deps.settings.update({ sampleShown: true }), sample: plainTextToArticle(deps.sampleText), notice }
    },
    'article:open': () => deps.files.openWithDialog(),
    'article:save': (request) => deps.files.save(request),
    'article:import': async () => {
      const path = await deps.dialogs.chooseFileToImport(deps.exportFolder())
      if (!path) return null
      const limits = new ImportLimits()
      return { name: basename(path), document: await importFile(path, limits), notice: limits.notice() }
    },
    'article:importDropped': async ({ name, base64 }) => {
      const limits = new ImportLimits()
      return { document: await importBytes(name, Buffer.from(base64, 'base64'), limits), notice: limits.notice() }
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
    'settings:get': () => deps.settings.get(),
    'settings:update': (patch) => deps.settings.update(patch),
    'window:closeConfirmed': () => {
      deps.confirmClose()
      return undefined
    }
  }
}
