import { z } from 'zod'
import { REPORT_FORMATS } from './review/reportFormats'
import { articleDocumentSchema } from './article/document'
import { COMMAND_IDS } from './commands'
import { recoveredDraftSchema } from './recoveredDraft'
import { idSchema } from './article/sources'
import { EXPORT_FORMATS } from './export/formats'
import { settingsPatchSchema, settingsSchema } from './settings'
import { SEND_STATUSES, sentPostSchema } from './article/sentPosts'
import { recentStorySchema } from './recentStories'
import { EXTRACTION_METHODS } from './import/extractionMethods'
import { sidePanelSchema } from './sidePanel'

/**
 * THE contract between renderer and main. Every channel is listed once, with zod schemas for what it takes
 * and what it answers. Main validates requests against it; the preload turns each entry into a method
 * (`"article:save"` becomes `copydesk.article.save(request)`); the renderer's types come from it.
 */

const cmsConnectionState = z.strictObject({ passwordStored: z.boolean(), secureStorage: z.boolean() })

const openedArticle = z.strictObject({ path: z.string().min(1), document: articleDocumentSchema })
/** An imported draft, and what the user should know about how it was read (nesting flattened), or null. */
const importedVersion = z.strictObject({ document: articleDocumentSchema, notice: z.string().nullable() })
/**
 * A web page brought in as its article: how the article was found, and the whole page, for the import dialog's
 * other choice (null when there is no other: no article was found, or the whole page is too large to open).
 */
const webPageChoice = z.strictObject({ method: z.enum(EXTRACTION_METHODS), wholePage: importedVersion.nullable() })
const importedArticle = importedVersion.extend({ webPage: webPageChoice.nullable() })

export const invokeChannels = {
  /** What the renderer shows first: a story the system asked to open, the sample story on first start, or the start screen. */
  'app:startup': {
    request: z.undefined(),
    response: z.strictObject({
      settings: settingsSchema,
      sample: articleDocumentSchema.nullable(),
      /** Something the user should know from start-up, such as damaged settings set aside. */
      notice: z.string().nullable(),
      /** The side panel's tab and width as last left on this screen. */
      panel: sidePanelSchema,
      /** A story the operating system asked to open at launch, read (or why it could not be); it joins the recent list. */
      opened: z.union([openedArticle, z.strictObject({ path: z.string().min(1), error: z.string() })]).nullable()
    })
  },
  /** Asks for a file with the Open dialog and reads it. `null` when the user cancels. */
  'article:open': { request: z.undefined(), response: openedArticle.nullable() },
  /**
   * Saves to `path` (a file this window opened or saved before), or asks where with the Save dialog when
   * `path` is null or `saveAs` is set. Answers the path written, or `null` when the user cancels.
   */
  'article:save': {
    request: z.strictObject({
      document: articleDocumentSchema,
      path: z.string().min(1).nullable(),
      saveAs: z.boolean()
    }),
    response: z.strictObject({ path: z.string().min(1) }).nullable()
  },
  /** Asks for a text, HTML, Markdown or Word file and reads it into a new untitled draft. */
  'article:import': { request: z.undefined(), response: importedArticle.extend({ name: z.string() }).nullable() },
  /**
   * A file dropped on the window: its name and contents (base64), never a path, so the page cannot make main
   * read a file the user did not hand over. A .copydesk opens as a copy, or in place when it is a recent story.
   */
  'article:importDropped': {
    request: z.strictObject({ name: z.string().min(1).max(255), base64: z.string().max(70_000_000) }),
    /** A dropped .copydesk that is a story on the recent list, byte for byte, opens in place: its path. */
    response: importedArticle.extend({ path: z.string().min(1).nullable() })
  },
  /** Writes the article in a newsroom format where the user chooses. `null` when the user cancels. */
  'article:export': {
    request: z.strictObject({
      document: articleDocumentSchema,
      format: z.enum(Object.keys(EXPORT_FORMATS) as [keyof typeof EXPORT_FORMATS, ...(keyof typeof EXPORT_FORMATS)[]]),
      attribution: z.boolean()
    }),
    response: z.strictObject({ path: z.string().min(1) }).nullable()
  },
  /** Writes the attribution report (the one output with review data) where the user chooses; null when cancelled. */
  'article:report': {
    request: z.strictObject({ document: articleDocumentSchema, format: z.enum(REPORT_FORMATS) }),
    response: z.strictObject({ path: z.string().min(1) }).nullable()
  },
  /** Opens a link from the story in the system browser: https and mailto only, anything else is refused. */
  'shell:openLink': { request: z.strictObject({ url: z.string().max(2048) }), response: z.undefined() },
  /** Puts the article body on the clipboard as HTML (the CMS fragment) and as plain text. */
  'clipboard:copyArticle': {
    request: z.strictObject({ document: articleDocumentSchema, attribution: z.boolean() }),
    response: z.undefined()
  },
  /** Keeps a copy of an unsaved draft for crash recovery (the renderer sends it a second after typing stops). */
  'recovery:write': {
    request: z.strictObject({ id: idSchema, path: z.string().min(1).nullable(), document: articleDocumentSchema }),
    response: z.undefined()
  },
  /** The draft was saved or thrown away: its recovery copy goes. */
  'recovery:discard': { request: z.strictObject({ id: idSchema }), response: z.undefined() },
  /** Drafts a crash left behind, newest first. */
  'recovery:list': {
    request: z.undefined(),
    response: z.array(recoveredDraftSchema)
  },
  /** Reopens a recovered draft (and its recovery copy stays until that draft is saved or discarded). */
  'recovery:restore': {
    request: z.strictObject({ id: idSchema }),
    response: z.strictObject({ document: articleDocumentSchema, path: z.string().nullable() })
  },
  /** The native Save / Discard / Cancel question for a draft with unsaved changes. */
  'dialog:unsavedChanges': {
    request: z.strictObject({ documentName: z.string().max(300) }),
    response: z.enum(['save', 'discard', 'cancel'])
  },
  /** The native folder picker, for the default-folder setting. `null` when the user cancels. */
  'dialog:chooseFolder': { request: z.undefined(), response: z.string().min(1).nullable() },
  /** The WordPress connection as Settings shows it: whether a password is stored, and whether it can be. */
  'cms:connection': { request: z.undefined(), response: cmsConnectionState },
  /** Stores the application password with the operating system's encryption; `stored` false where there is none. */
  'cms:savePassword': { request: z.strictObject({ password: z.string().min(1).max(200) }), response: cmsConnectionState },
  'cms:forgetPassword': { request: z.undefined(), response: cmsConnectionState },
  /** Signs in to a site (with `password`, or the stored one) and reports what it found: Settings' Test connection. */
  'cms:test': {
    request: z.strictObject({ site: z.string().max(2048), user: z.string().max(200), password: z.string().max(200).nullable() }),
    response: z.strictObject({ siteName: z.string(), user: z.string(), canCreatePosts: z.boolean() })
  },
  /** What sending the story would do: a new post, an update (and what changes), or the remembered post is gone. */
  'cms:plan': {
    request: z.strictObject({ document: articleDocumentSchema, password: z.string().max(200).nullable() }),
    response: z.discriminatedUnion('action', [
      z.strictObject({ action: z.literal('create') }),
      z.strictObject({ action: z.literal('update'), postId: z.number().int(), changes: z.array(z.string()) }),
      z.strictObject({ action: z.literal('gone'), postId: z.number().int() })
    ])
  },
  /** Sends the story as a draft or pending post (never published); answers the post, to remember in the file. */
  'cms:send': {
    request: z.strictObject({ document: articleDocumentSchema, password: z.string().max(200).nullable(), status: z.enum(SEND_STATUSES), asNew: z.boolean() }),
    response: z.strictObject({ post: sentPostSchema, action: z.enum(['created', 'updated']) })
  },
  /** The system's print dialog for the story as a reader sees it (the page's print stylesheet). */
  'article:print': { request: z.undefined(), response: z.undefined() },
  /** The story as a reader sees it, as a PDF where the user chooses, the slug and page numbers in the footer. */
  'article:savePdf': {
    request: z.strictObject({ slug: z.string().max(200), name: z.string().max(200) }),
    response: z.strictObject({ path: z.string().min(1) }).nullable()
  },
  /** The stories opened or saved lately, newest first, each checked on disk. */
  'recent:list': { request: z.undefined(), response: z.array(recentStorySchema) },
  /** Opens a story from the recent list (only a path on it: the page cannot name any other file). */
  'recent:open': { request: z.strictObject({ path: z.string().min(1).max(4096) }), response: openedArticle },
  /** Takes a story off the recent list (the file is not touched); answers the list. */
  'recent:forget': { request: z.strictObject({ path: z.string().min(1).max(4096) }), response: z.array(recentStorySchema) },
  /** The story's language tag: the spell checker follows it. Answers the dictionary used, or null when none fits. */
  'spellcheck:setLanguage': { request: z.strictObject({ language: z.string().max(35) }), response: z.string().nullable() },
  'settings:get': { request: z.undefined(), response: settingsSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsSchema },
  /** The side panel's tab or width changed: remembered for the screen the window is on. */
  'window:panel': { request: sidePanelSchema, response: z.undefined() },
  /** The renderer has dealt with unsaved changes: the window may close now. */
  'window:closeConfirmed': { request: z.undefined(), response: z.undefined() }
} as const


/** Messages main sends to the renderer. */
export const eventChannels = {
  /** A menu item was chosen. */
  'menu:command': z.enum(COMMAND_IDS),
  /** File ▸ Open Recent: the story chosen (a path from the recent list). */
  'menu:openRecent': z.string().min(1),
  /** The user asked to close the window; the renderer answers with window:closeConfirmed or not at all. */
  'window:closeRequested': z.undefined()
} as const

export type InvokeChannel = keyof typeof invokeChannels
export type EventChannel = keyof typeof eventChannels
export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>
export type PayloadOf<E extends EventChannel> = z.output<(typeof eventChannels)[E]>

/** What crosses the wire for an invoke: errors travel as a message, never as a thrown object. */
export type Envelope<T> = { ok: true; value: T } | { ok: false, error: string }

type GroupOf<C extends string> = C extends `${infer G}:${string}` ? G : never
type MethodOf<C extends string> = C extends `${string}:${infer M}` ? M : never

/** `window.copydesk`, derived from the contract. */
export type CopydeskApi = {
  [G in GroupOf<InvokeChannel>]: {
    [C in InvokeChannel as GroupOf<C> extends G ? MethodOf<C> : never]: undefined extends RequestOf<C>
      ? (request?: RequestOf<C>) => Promise<ResponseOf<C>>
      : (request: RequestOf<C>) => Promise<ResponseOf<C>>
  }
} & {
  /** Event subscriptions; each returns its unsubscribe function. */
  on: {
    [E in EventChannel as MethodOf<E>]: (listener: (payload: PayloadOf<E>) => void) => () => void
  }
}

export function splitChannel(channel: string): [group: string, method: string] {
  const [group, method] = channel.split(':') as [string, string]
  return [group, method]
}
