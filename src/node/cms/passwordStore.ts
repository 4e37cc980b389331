import { readFile, rm } from 'node:fs/promises'
import { writeFileAtomic } from '../atomicWrite'

/**
 * The operating system's secret store, as Electron's safeStorage offers it (Keychain, DPAPI, libsecret or
 * KWallet). Where there is none — and in plain Node, where there is no Electron — `available` says so.
 */
export interface SystemEncryption {
  available: () => boolean
  encrypt: (text: string) => Buffer
  decrypt: (data: Buffer) => string
}

/** Plain Node and the e2e bridge have no operating-system store: nothing is stored, and the app says so. */
export const NO_ENCRYPTION: SystemEncryption = {
  available: () => false,
  encrypt: () => {
    throw new Error('No secure storage on this computer.')
  },
  decrypt: () => {
    throw new Error('No secure storage on this computer.')
  }
}

/**
 * The CMS application password, encrypted by the operating system in a file of its own (never in the settings
 * JSON, the story's file or a log). Without secure storage nothing is written: the app asks for the password
 * each session instead.
 */
export class PasswordStore {
  constructor(
    private readonly file: string,
    private readonly encryption: SystemEncryption
  ) {}

  get secure(): boolean {
    return this.encryption.available()
  }

  /** Stores the password; false (and nothing written) when the computer has no secure storage. */
  async save(password: string): Promise<boolean> {
    if (!this.secure) return false
    await writeFileAtomic(this.file, this.encryption.encrypt(password).toString('base64'))
    return true
  }

  /** The stored password, or null when none is stored (or it can no longer be read, as after a new OS account). */
  async load(): Promise<string | null> {
    if (!this.secure) return null
    try {
      return this.encryption.decrypt(Buffer.from(await readFile(this.file, 'utf8'), 'base64'))
    } catch {
      return null
    }
  }

  async forget(): Promise<void> {
    await rm(this.file, { force: true })
  }
}
