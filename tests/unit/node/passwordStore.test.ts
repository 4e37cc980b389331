import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NO_ENCRYPTION, PasswordStore, type SystemEncryption } from '../../../src/node/cms/passwordStore'
import { tempFolder } from '../../support/paths'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempFolder()))
afterEach(() => cleanup())

/** Stands in for the operating system's store in this unit test only (Electron's safeStorage needs Electron). */
const xor: SystemEncryption = {
  available: () => true,
  encrypt: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((byte) => byte ^ 0x5a)),
  decrypt: (data) => Buffer.from([...data].map((byte) => byte ^ 0x5a)).toString('utf8')
}

describe('the stored WordPress password', () => {
  it('without secure storage: is never written, and reads as none', async () => {
    const store = new PasswordStore(join(dir, 'wordpress-password'), NO_ENCRYPTION)
    expect(store.secure).toBe(false)
    expect(await store.save('abcd efgh ijkl mnop')).toBe(false)
    expect(existsSync(join(dir, 'wordpress-password'))).toBe(false)
    expect(await store.load()).toBeNull()
  })

  it('with it: is written encrypted (never as typed), read back, unreadable data reads as none, and forgotten', async () => {
    const file = join(dir, 'wordpress-password')
    const store = new PasswordStore(file, xor)
    expect(await store.save('abcd efgh ijkl mnop')).toBe(true)
    expect(await readFile(file, 'utf8')).not.toContain('abcd')
    expect(await store.load()).toBe('abcd efgh ijkl mnop')
    await writeFile(file, 'not what was stored')
    const failing = new PasswordStore(file, { ...xor, decrypt: () => { throw new Error('cannot decrypt') } })
    expect(await failing.load()).toBeNull()
    await store.forget()
    expect(existsSync(file)).toBe(false)
    expect(await store.load()).toBeNull()
  })
})
