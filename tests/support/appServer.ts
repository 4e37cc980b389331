import type { IncomingMessage, ServerResponse } from 'node:http'
import { APP_HOST, APP_SCHEME, serveAppRequest } from '../../src/main/appProtocol'

/**
 * Answers an HTTP request for `path` from the built files in `root` through the app's own app:// handler, so
 * pages served to Chromium in tests and benchmarks get the files, MIME types, CSP header and refusals that
 * Electron's window gets. `withCsp: false` serves a page that is not Copydesk's (the benchmark's bare TipTap page,
 * which injects its own styles) without the app's Content-Security-Policy.
 */
export async function serveLikeApp(request: IncomingMessage, response: ServerResponse, root: string, path: string, { withCsp = true } = {}): Promise<void> {
  const answer = await serveAppRequest({ url: `${APP_SCHEME}://${APP_HOST}${path}`, method: request.method ?? 'GET' }, root)
  answer.headers.forEach((value, key) => (withCsp || key !== 'content-security-policy') && response.setHeader(key, value))
  response.setHeader('cache-control', 'no-store')
  response.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer()))
}
