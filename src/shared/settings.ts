import { z } from 'zod'

export const THEMES = ['system', 'light', 'dark'] as const

// No .default() on the fields: a patch made with .partial() would still fill every missing key with its
// default, so an update of one field would reset the others. Defaults live in defaultSettings instead.
const settingsFields = {
  /** Put in the byline of every new draft. */
  authorName: z.string().max(200),
  /** Where Open and Save dialogs start; empty means the system's documents folder. */
  defaultFolder: z.string().max(4096),
  /** Save a draft that already has a file a couple of seconds after typing stops. */
  autosave: z.boolean(),
  theme: z.enum(THEMES),
  /** Set once the first-run sample story has been shown. */
  sampleShown: z.boolean(),
  /** Refuse, rather than ask, to export or copy for the CMS a story with quotes no editor has verified. */
  blockUnreviewed: z.boolean(),
  /** In focus mode, keep the line being written in the middle of the window. */
  typewriterScrolling: z.boolean(),
  /** The newsroom's longest headline, in characters: the headline field counts towards it. Null: no limit. */
  headlineLimit: z.number().int().min(10).max(300).nullable(),
  /** The WordPress site Send to WordPress goes to, and the user whose application password it signs in with. */
  wordpressSite: z.union([z.literal(''), z.string().max(2048).regex(/^https?:\/\/\S+$/i, 'must be an http or https address')]),
  wordpressUser: z.string().max(200)
}

export const settingsSchema = z.strictObject(settingsFields)
export type Settings = z.infer<typeof settingsSchema>
export const defaultSettings: Settings = {
  authorName: '',
  defaultFolder: '',
  autosave: false,
  theme: 'system',
  sampleShown: false,
  blockUnreviewed: false,
  typewriterScrolling: false,
  headlineLimit: null,
  wordpressSite: '',
  wordpressUser: ''
}

/** What the settings dialog may change: any subset of the user-facing fields; a key left out keeps its value. */
export const settingsPatchSchema = settingsSchema.omit({ sampleShown: true }).partial()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

/** Names the user knows the settings by (the Settings dialog's labels). */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  authorName: 'Author name',
  defaultFolder: 'Default folder',
  autosave: 'Autosave',
  theme: 'Theme',
  sampleShown: 'Sample story shown',
  blockUnreviewed: 'Block stories with unverified quotes or open notes',
  typewriterScrolling: 'Typewriter scrolling in focus mode',
  headlineLimit: 'Headline length limit',
  wordpressSite: 'WordPress site',
  wordpressUser: 'WordPress user'
}

export interface RejectedSetting {
  key: string
  /** Says what is wrong, for the user. */
  problem: string
}

/** Splits stored settings (a hand-edited or older file) into the keys that pass the schema and the rest. */
export function validSettings(stored: Record<string, unknown>): { valid: Partial<Settings>; rejected: RejectedSetting[] } {
  const valid: Record<string, unknown> = {}
  const rejected: RejectedSetting[] = []
  for (const [key, value] of Object.entries(stored)) {
    const field = Object.hasOwn(settingsFields, key) ? settingsFields[key as keyof Settings] : null
    const parsed = field?.safeParse(value)
    if (parsed?.success) valid[key] = parsed.data
    else rejected.push({ key, problem: parsed ? (parsed.error.issues[0]?.message ?? 'invalid') : 'not a Copydesk setting' })
  }
  return { valid: valid as Partial<Settings>, rejected }
}

/** A rejected setting as the user reads it: “Theme (Invalid option…)”. */
export function describeRejected({ key, problem }: RejectedSetting): string {
  const label = Object.hasOwn(SETTING_LABELS, key) ? SETTING_LABELS[key as keyof Settings] : `“${key}”`
  return `${label} (${problem})`
}
