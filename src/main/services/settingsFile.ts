import { readFile, rename } from 'node:fs/promises'
import { basename } from 'node:path'
import { settingsSchema } from '../../shared/settings'

/**
 * Run before the settings store opens. A settings file that is not valid JSON, or that breaks the schema, is
 * renamed aside with a timestamp (kept for the user, never overwritten) so the app starts with defaults.
 * Returns what to tell the user, or null when the file is fine or absent.
 */
export async function setAsideDamagedSettings(path: string, now = new Date()): Promise<string | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  let problem: string | null = null
  try {
    const parsed = settingsSchema.partial().strict().safeParse(JSON.parse(text))
    if (!parsed.success) problem = `${parsed.error.issues[0]?.path.join('.') || 'a setting'}: ${parsed.error.issues[0]?.message}`
  } catch (error) {
    problem = `it is not valid JSON (${(error as Error).message})`
  }
  if (!problem) return null
  const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
  await rename(path, aside)
  return `Your settings file was damaged (${problem}). Copydesk kept it as “${basename(aside)}” and started with default settings.`
}
