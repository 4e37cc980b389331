import { CmsError } from './cmsTarget'

export interface JsonResponse {
  status: number
  /** The parsed JSON body (null for an empty one). */
  body: unknown
}

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'DELETE'
  headers?: Record<string, string>
  body?: unknown
  timeoutMs: number
}

const CERTIFICATE_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/

/** Why a request never got an answer, from Node's error codes (undici puts them on `cause`). */
function unreachable(url: URL, error: unknown, timeoutMs: number): CmsError {
  const name = (error as Error)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return new CmsError('timeout', `${url.host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`)
  const code = String((error as { cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code ?? '')
  if (CERTIFICATE_CODES.test(code)) return new CmsError('certificate', `The certificate of ${url.host} is not one this computer trusts (${code}). Check the address; ask whoever runs the site.`)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new CmsError('unreachable', `No such host: ${url.hostname}. Check the site address, or whether this computer is online.`)
  if (code === 'ECONNREFUSED') return new CmsError('unreachable', `Nothing answers at ${url.host}: the site may be down, or the address wrong.`)
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return new CmsError('unreachable', `The connection to ${url.host} broke off before it answered.`)
  return new CmsError('unreachable', `Could not reach ${url.host}: ${code || (error as Error)?.message || String(error)}.`)
}

const MAX_REDIRECTS = 3

/**
 * One JSON request over HTTP(S), with a time limit, and every way it can fail turned into a sentence. A
 * redirect is followed for a GET (a site moved to https, say) but never to a login page, which is what a
 * security plugin or a login wall in front of the API answers with; a POST that is redirected is refused,
 * as following it would drop its body.
 */
export async function requestJson(address: string, request: JsonRequest): Promise<JsonResponse> {
  let url = new URL(address)
  for (let redirects = 0; ; redirects++) {
    let response: Response
    try {
      response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...request.headers },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(request.timeoutMs)
      })
    } catch (error) {
      throw unreachable(url, error, request.timeoutMs)
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location')
      const target = location ? new URL(location, url) : null
      if (target && /wp-login\.php|\/login\b/i.test(target.pathname + target.search)) {
        throw new CmsError('login-redirect', `${url.host} sent the request to a login page (${target.pathname}) instead of answering it: a security plugin or a login wall is in front of its API.`)
      }
      if (!target || (request.method ?? 'GET') !== 'GET' || redirects >= MAX_REDIRECTS) {
        throw new CmsError('refused', `${url.host} redirected the request${target ? ` to ${target.href}` : ''}. Use that address as the site address.`)
      }
      url = target
      continue
    }
    let text: string
    try {
      text = await response.text()
    } catch (error) {
      throw unreachable(url, error, request.timeoutMs)
    }
    if (!text.trim()) return { status: response.status, body: null }
    try {
      return { status: response.status, body: JSON.parse(text) as unknown }
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type'
      throw new CmsError('invalid-response', `${url.host} answered HTTP ${response.status} with ${type.split(';')[0]}, not JSON: it does not look like a WordPress REST API.`)
    }
  }
}
