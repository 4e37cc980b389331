import type { CmsTarget } from '../../node/cms/cmsTarget'
import type { PasswordStore } from '../../node/cms/passwordStore'
import { WordpressTarget } from '../../node/cms/wordpress'
import type { SettingsService } from '../../node/settingsService'
import { UserFacingError } from '../../node/userFacingError'

/**
 * Send to WordPress in main: the site and user from Settings, the password from the operating system's store
 * (or, where the computer has none, from the renderer, which asks each session and keeps it in memory only).
 */
export class CmsSending {
  constructor(
    private readonly settings: SettingsService,
    readonly passwords: PasswordStore,
    private readonly targetFor: (connection: { site: string; user: string; password: string }) => CmsTarget = (connection) => new WordpressTarget(connection)
  ) {}

  async state(): Promise<{ passwordStored: boolean; secureStorage: boolean }> {
    return { passwordStored: (await this.passwords.load()) !== null, secureStorage: this.passwords.secure }
  }

  /** The target for the site in Settings (or the one given, to test it before saving), signed in with `password` or the stored one. */
  async target(password: string | null, connection: { site: string; user: string } = { site: this.settings.get().wordpressSite, user: this.settings.get().wordpressUser }): Promise<CmsTarget> {
    const { site, user } = connection
    if (!site || !user) throw new UserFacingError('Set up the WordPress site first: Settings ▸ WordPress (the site’s address, your user name and an application password).')
    const secret = password || (await this.passwords.load())
    if (!secret) throw new UserFacingError('Enter the application password for WordPress.')
    return this.targetFor({ site, user, password: secret })
  }
}
