import { z } from 'zod'

export const THEMES = ['system', 'light', 'dark'] as const

export const settingsSchema = z.strictObject({
  /** Put in the byline of every new draft. */
  authorName: z.string().max(200).default(''),
  /** Where Open and Save dialogs start; empty means the system's documents folder. */
  defaultFolder: z.string().max(4096).default(''),
  /** Save a draft that already has a file a couple of seconds after typing stops. */
  autosave: z.boolean().default(false),
  theme: z.enum(THEMES).default('system'),
  /** Set once the first-run sample story has been shown. */
  sampleShown: z.boolean().default(false)
})

export type Settings = z.infer<typeof settingsSchema>
export const defaultSettings: Settings = settingsSchema.parse({})

/** What the settings dialog may change: any subset of the user-facing fields. */
export const settingsPatchSchema = settingsSchema.omit({ sampleShown: true }).partial()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>
