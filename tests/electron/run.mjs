// Runs the Electron suite when an Electron binary is available, and says SKIPPED (exit 0) when it is not.
// Electron 45 downloads its binary on first use; this machine may have no internet, so look before touching it.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { electronBinary, root } from '../../scripts/electronBinary.mjs'

const binary = electronBinary()
if (!binary || !existsSync(binary)) {
  console.log(
    `SKIPPED tests/electron: no Electron binary (${binary ?? 'node_modules/electron has not downloaded one'}). ` +
      'Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder, or install with internet access, to run it.'
  )
  process.exit(0)
}

const args = ['playwright', 'test', '--config', 'tests/electron/playwright.config.ts', ...process.argv.slice(2)]
// Electron needs a display on Linux; use a virtual one (Debian's xvfb package) when there is none.
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY
const headless = noDisplay && spawnSync('which', ['xvfb-run']).status === 0
if (noDisplay && !headless) {
  console.error('tests/electron: there is no display and no xvfb-run to make one (apt-get install xvfb), so Electron cannot open its window.')
  process.exit(1)
}
const command = headless ? 'xvfb-run' : 'npx'
const result = spawnSync(command, headless ? ['-a', 'npx', ...args] : args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, COPYDESK_ELECTRON_BINARY: binary }
})
process.exit(result.status ?? 1)
