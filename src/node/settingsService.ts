import { defaultSettings, settingsSchema, validSettings, type Settings, type SettingsPatch } from '../shared/settings'
import { UserFacingError } from './userFacingError'
import { defaultFolderProblem } from './defaultFolder'

/** The part of electron-store (and of its engine, conf) the settings service uses. */
export interface SettingsStore {
  store: Record<string, unknown>
}

/**
 * Settings with defaults, validated by the shared zod schema. A value that fails the schema (a file edited
 * while the app runs) falls back to its default and is written back repaired, so one bad key never costs the
 * user their other settings. At start-up repairSettingsFile has already done the same and told the user.
 */
export class SettingsService {
  constructor(private readonly store: SettingsStore) {}

  get(): Settings {
    const stored = this.store.store
    const { valid, rejected } = validSettings(stored)
    const settings = { ...defaultSettings, ...valid }
    if (rejected.length > 0 || Object.keys(settings).some((key) => !(key in stored))) this.store.store = settings
    return settings
  }

  /** Changes the fields in the patch and keeps the others. A new default folder must exist on this computer. */
  update(patch: SettingsPatch | Partial<Settings>): Settings {
    const current = this.get()
    // Only a changed folder is checked: the dialog sends every field, and a folder unplugged since it was
    // chosen must not stop the user changing the theme.
    if (patch.defaultFolder !== undefined && patch.defaultFolder !== current.defaultFolder) {
      const problem = defaultFolderProblem(patch.defaultFolder)
      if (problem) throw new UserFacingError(`The default folder “${patch.defaultFolder}” cannot be used: ${problem}.`)
    }
    const next = settingsSchema.parse({ ...current, ...patch })
    this.store.store = next
    return next
  }
}
