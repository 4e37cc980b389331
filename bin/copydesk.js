#!/usr/bin/env node
// The copydesk command line. It runs the bundle that `npm run build` writes to out/cli.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const bundle = new URL('../out/cli/index.js', import.meta.url)
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('copydesk: the command line is not built yet; run `npm run build` in the Copydesk folder first.\n')
  process.exit(2)
}
await import(bundle.href)
