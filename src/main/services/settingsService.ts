import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings'

/** The part of electron-store (and of its engine, conf) the settings service uses. */
export interface SettingsStore {
  store: Record<string, unknown>
}

/**
 * Settings with defaults, validated by the shared zod schema. A value that fails the schema (a hand-edited
 * file, an older app's leftovers) falls back to its default and is written back repaired, so one bad key
 * never costs the user their other settings.
 */
export class SettingsService {
  constructor(private readonly store: SettingsStore) {}

  get(): Settings {
    const stored = this.store.store
    const settings: Record<string, unknown> = {}
    let repaired = false
    for (const [key, fieldSchema] of Object.entries(settingsSchema.shape)) {
      const value = stored[key]
      const parsed = fieldSchema.safeParse(value)
      settings[key] = parsed.success ? parsed.data : defaultSettings[key as keyof Settings]
      if (!parsed.success || value === undefined) repaired = true
    }
    const valid = settingsSchema.parse(settings)
    if (repaired || Object.keys(stored).some((key) => !(key in settingsSchema.shape))) this.store.store = valid
    return valid
  }

  update(patch: SettingsPatch | Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...patch })
    this.store.store = next
    return next
  }
}
