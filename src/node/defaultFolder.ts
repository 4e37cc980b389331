import { statSync } from 'node:fs'
import { isAbsolute } from 'node:path'

/**
 * Why a folder cannot be the default folder for Open and Save, or null when it can. Empty means the
 * documents folder. Synchronous, like the settings store it guards (conf reads and writes synchronously).
 *
 * Network paths are refused: on Windows, merely opening a dialog on `\\server\share` connects to that server
 * and offers it the user's credentials (NTLM), and an unreachable share hangs the dialog. A settings file
 * edited by someone else must not be able to point there.
 */
export function defaultFolderProblem(folder: string): string | null {
  if (folder === '') return null
  if (/^[\\/]{2}/.test(folder)) return 'it is a network path; choose a folder on this computer'
  if (!isAbsolute(folder)) return 'it is not a full path; pick the folder with the Choose… button'
  try {
    return statSync(folder).isDirectory() ? null : 'it is not a folder'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'it does not exist' : `it cannot be read (${code ?? (error as Error).message})`
  }
}
