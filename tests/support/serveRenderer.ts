// Serves the built renderer (out/renderer) on 127.0.0.1 for the Playwright suite, as app:// serves it.
import { createServer } from 'node:http'
import { join } from 'node:path'
import { serveLikeApp } from './appServer'
import { repoRoot } from './paths'

const root = join(repoRoot, 'out/renderer')
const port = Number(process.env.PORT ?? 4173)

createServer((request, response) => void serveLikeApp(request, response, root, new URL(request.url ?? '/', 'http://localhost').pathname)).listen(port, '127.0.0.1', () =>
  console.log(`renderer on http://127.0.0.1:${port}`)
)
