// npm start / npm run dev: electron-vite with a clear paragraph, not its "Electron uninstall" stack trace, when
// there is no Electron binary to run. Usage: node scripts/start.mjs <preview|dev> [electron-vite options]
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { electronBinary, missingBinaryAdvice, root } from './electronBinary.mjs'

const binary = electronBinary()
if (!binary || !existsSync(binary)) {
  process.stderr.write(`${missingBinaryAdvice(binary)}\n`)
  process.exit(1)
}
const result = spawnSync('npx', ['electron-vite', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
