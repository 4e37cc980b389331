import { promises as fs } from 'node:fs'
import { extname, join, sep } from 'node:path'
import { contentSecurityPolicy } from './contentSecurityPolicy'

/**
 * The renderer's own origin, app://copydesk. Served from the bundled renderer folder and nothing else: under
 * file:// the page's `script-src 'self'` would have allowed any file on disk.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'copydesk'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * For protocol.registerSchemesAsPrivileged. standard: relative URLs and a real origin (so 'self' and the IPC
 * sender check mean app://copydesk); secure: a secure context, like https; supportFetchAPI: lets module
 * scripts and the module worker be fetched. Not corsEnabled: no other origin may read these files.
 */
// codeCache: V8 keeps the compiled page script between starts (Electron ≥ 28; a standard scheme only), so a start
// after the first skips compiling the renderer's bundle.
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true }

// Module scripts and module workers are refused unless served with a JavaScript type.
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The file inside `root` an app:// URL names, or null. Pure: no disk access. The URL parser has already
 * removed `..` and `%2e%2e` segments; what it leaves encoded (`%2f`, `%5c`, `%00`) is decoded here and any
 * decoded `..`, backslash, colon (drive letters, Windows streams) or NUL is refused rather than interpreted.
 */
export function appFileFor(url: string, root: string): string | null {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) return null
  if (/[\\:\0]/.test(path)) return null
  const segments = path.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '..' || segment === '.')) return null
  return join(root, ...(segments.length ? segments : ['index.html']))
}

/**
 * Answers one request to app://. Only GET and HEAD of a regular file whose real path (symlinks resolved) is
 * still inside the real root; everything else is 404.
 */
export async function serveAppRequest(request: Pick<Request, 'url' | 'method'>, root: string): Promise<Response> {
  const notFound = (): Response => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound()
  const file = appFileFor(request.url, root)
  if (!file) return notFound()
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)])
    if (!realFile.startsWith(realRoot + sep) || !(await fs.stat(realFile)).isFile()) return notFound()
    const body = request.method === 'HEAD' ? null : await fs.readFile(realFile)
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(realFile),
        'Content-Security-Policy': contentSecurityPolicy(false),
        'X-Content-Type-Options': 'nosniff'
      }
    })
  } catch {
    return notFound()
  }
}
