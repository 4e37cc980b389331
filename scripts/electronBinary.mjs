// Where the Electron binary is, without touching the `electron` package: requiring it starts a download, and these
// machines (and many newsroom ones) cannot reach Electron's servers. Shared by `npm start` and the Electron suite.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..')
const electronDir = join(root, 'node_modules/electron')

/** The binary's path, or null when the package has not downloaded one and ELECTRON_OVERRIDE_DIST_PATH is not set. */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
  return existsSync(pathFile) ? join(electronDir, 'dist', relative) : null
}

/** One paragraph that says what is missing and how to get it, for a binary that is not there. */
export function missingBinaryAdvice(binary) {
  return (
    `Copydesk cannot start: there is no Electron binary (${binary ?? 'node_modules/electron has not downloaded one'}). ` +
    'npm installs Electron’s code but downloads its program separately, from GitHub, and that download did not happen ' +
    '(no internet, a proxy, or npm ci with ELECTRON_SKIP_BINARY_DOWNLOAD). To get one: run `npx install-electron --no` ' +
    'on a machine that can reach github.com, or unpack the Electron release for your platform (the version in ' +
    'package-lock.json) and set ELECTRON_OVERRIDE_DIST_PATH to that folder. The command-line tool works without it: ' +
    '`npm run build`, then `npx copydesk --help`.'
  )
}
