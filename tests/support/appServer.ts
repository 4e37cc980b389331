import type { IncomingMessage, ServerResponse } from 'node:http'
import { APP_HOST, APP_SCHEME, serveAppRequest } from '../../src/main/appProtocol'

/**
 * Answers an HTTP request for `path` from the built files in `root` through the app's own app:// handler, so
 * pages served to Chromium in tests and benchmarks get the files, MIME types, CSP header and refusals that
 * Electron's window gets.
 */
export async function serveLikeApp(request: IncomingMessage, response: ServerResponse, root: string, path: string): Promise<void> {
  const answer = await serveAppRequest({ url: `${APP_SCHEME}://${APP_HOST}${path}`, method: request.method ?? 'GET' }, root)
  answer.headers.forEach((value, key) => response.setHeader(key, value))
  response.setHeader('cache-control', 'no-store')
  response.writeHead(answer.status).end(Buffer.from(await answer.arrayBuffer()))
}
