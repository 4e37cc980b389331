import { execFileSync } from 'node:child_process'
import { mkdir, symlink } from 'node:fs/promises'

/** Files that are not regular files, each with how to make one at a path and the refusal Copydesk gives for it. */
export const SPECIAL_FILES: [kind: string, make: (path: string) => Promise<unknown>, problem: string][] = [
  ['a FIFO', async (path) => execFileSync('mkfifo', [path]), 'it is not a file (it is a pipe)'],
  ['a link to /dev/zero', (path) => symlink('/dev/zero', path), 'it is not a file (it is a device)'],
  ['a folder', (path) => mkdir(path), 'it is not a file (it is a folder)']
]
