import { copyFile, rename, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { describeRejected, validSettings, type RejectedSetting } from '../shared/settings'
import { writeFileAtomic } from './atomicWrite'
import { defaultFolderProblem } from './defaultFolder'
import { decodeUtf8, readInputFile, UnreadableFileError } from './inputFile'
import type { SettingsStore } from './settingsService'

/** Settings are a handful of keys; a file far larger is not Copydesk's settings. */
const MAX_SETTINGS_BYTES = 1024 * 1024

/**
 * Run before the settings store opens, because the store (electron-store, i.e. conf) throws on a file it
 * cannot parse or read. Whatever can be kept is kept:
 * - not a regular file (a folder, a pipe): moved aside, defaults;
 * - not JSON, not UTF-8, larger than any settings (1 MB), or JSON that is not an object: moved aside, defaults;
 * - some keys invalid (or a default folder that is gone, on the network or relative): only those keys are
 *   dropped, the file is rewritten with the rest, and the original is copied aside;
 * - a UTF-8 byte-order mark (Notepad adds one; JSON.parse refuses it): removed quietly.
 * Files set aside get a timestamp and are never overwritten. Returns what to tell the user, or null.
 */
export async function repairSettingsFile(path: string, now = new Date()): Promise<string | null> {
  // Never stops start-up: if the repair itself fails, openSettingsStore falls back to memory.
  return repair(path, now).catch((error: Error) => `Copydesk could not repair its settings file (${error.message}).`)
}

async function repair(path: string, now: Date): Promise<string | null> {
  const aside = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`
  const info = await stat(path).catch(() => null)
  // Absent, or unreadable in a way openSettingsStore will report.
  if (!info) return null
  if (!info.isFile()) {
    await rename(path, aside)
    const what = info.isDirectory() ? 'was a folder, not a file' : 'was not a regular file'
    return `Your settings file “${basename(path)}” ${what}. Copydesk moved it aside as “${basename(aside)}” and started with default settings.`
  }
  let bytes: Buffer
  let text: string
  try {
    // Through the input reader: bounded, and a file swapped for a pipe since the stat is refused, not waited on.
    bytes = await readInputFile(path, MAX_SETTINGS_BYTES)
    text = decodeUtf8(bytes)
  } catch (error) {
    if (error instanceof UnreadableFileError) return setAside(path, aside, error.message)
    throw error
  }
  // The decoder drops a byte-order mark; the file is rewritten without it, as conf cannot read it.
  const byteOrderMark = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return setAside(path, aside, `it is not valid JSON (${(error as Error).message})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return setAside(path, aside, 'it does not hold settings')
  const { valid, rejected } = validSettings(parsed as Record<string, unknown>)
  const folderProblem = valid.defaultFolder === undefined ? null : defaultFolderProblem(valid.defaultFolder)
  if (folderProblem) {
    rejected.push({ key: 'defaultFolder', problem: `“${valid.defaultFolder}” cannot be used: ${folderProblem}; Open and Save start in Documents` })
    delete valid.defaultFolder
  }
  if (rejected.length === 0 && !byteOrderMark) return null
  if (rejected.length > 0) await copyFile(path, aside)
  await writeFileAtomic(path, JSON.stringify(valid, null, '\t'))
  return rejected.length > 0 ? droppedNotice(rejected, aside) : null
}

async function setAside(path: string, aside: string, problem: string): Promise<string> {
  await rename(path, aside)
  return `Your settings file was damaged (${problem}). Copydesk kept it as “${basename(aside)}” and started with default settings.`
}

function droppedNotice(rejected: RejectedSetting[], aside: string): string {
  return (
    `Copydesk could not use some of your settings and went back to the defaults for them: ${rejected.map(describeRejected).join('; ')}. ` +
    `Your other settings are kept; the file as it was is kept as “${basename(aside)}”.`
  )
}

/**
 * Opens the settings store; if even a repaired file cannot be opened (it could not be moved aside, or the
 * folder is unreadable), the app still starts, with settings held in memory until it quits.
 */
export function openSettingsStore(open: () => SettingsStore): { store: SettingsStore; notice: string | null } {
  try {
    return { store: open(), notice: null }
  } catch (error) {
    return {
      store: { store: {} },
      notice: `Copydesk could not open its settings file (${(error as Error).message}). It started with default settings; changes last until it quits.`
    }
  }
}
