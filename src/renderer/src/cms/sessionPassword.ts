/**
 * The WordPress application password where the computer has no secure storage: kept in this window's memory
 * for the session, never written anywhere, and asked for again after a restart.
 */
let password: string | null = null

export const sessionPassword = {
  get: (): string | null => password,
  set: (value: string | null): void => {
    password = value || null
  }
}
