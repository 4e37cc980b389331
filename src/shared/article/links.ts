/**
 * Link addresses. A story links only to http, https and mailto addresses, and an address is judged the way
 * browsers and Node read it: by the WHATWG URL parser. Two functions, for two jobs:
 *
 * - `normaliseLinkHref` is for every way a link comes IN (HTML, Word and Markdown import, paste, the link
 *   form) and every way it goes OUT (exports, the system browser): it returns the parser's own serialisation
 *   (`new URL(raw).href`), in which spaces, quotes and angle brackets are percent-encoded and a host in another
 *   script is punycode, or null when the address is not one a story may carry.
 * - `isSafeLinkHref` is for what a file or an IPC message may hold (the body schema). It accepts an address
 *   only when the parser would give it back as written, up to differences that change nothing a reader
 *   could be misled by: the case of the scheme and host, "/" for an empty path, a default port, a host in
 *   another script for its punycode, a non-ASCII character for its percent-encoding, and `'`, `{`, `}` for
 *   theirs. So a file saved with "https://example.com" still opens, while an address holding a space, a
 *   quote, an angle bracket, a backslash, a hidden control, a `..` segment, a missing or extra slash or a
 *   host spelled as a number is refused: what it shows is not where it goes, or it was written to break out
 *   of whatever markup carries it.
 */

/**
 * The WHATWG URL parser, which every runtime Copydesk runs in has (Node, Chromium, Electron). src/shared is
 * compiled without DOM or Node types, so only the part used here is typed.
 */
interface ParsedUrl {
  href: string
  protocol: string
  username: string
  password: string
  host: string
  hostname: string
  pathname: string
  search: string
}
const { URL } = globalThis as unknown as { URL: new (text: string) => ParsedUrl }

/** The body schema's limit; a normalised address (percent-encoding makes it longer) must fit it too. */
const MAX_LINK_LENGTH = 2048

// HTML strips ASCII whitespace from both ends of an href, so input may carry it; nothing else is trimmed.
const EDGE_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g
// URL parsers drop tabs and newlines inside an address silently ("java\tscript:", "exa\nmple.com"), so an
// address holding a control character is refused rather than repaired.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
// A stored address has no whitespace at all: the parser would have encoded it, or trimmed it.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/
const NON_ASCII = /[\u0080-\u{10ffff}]/u
const NON_ASCII_RUNS = /[\u0080-\u{10ffff}]+/gu
const SCHEME = /^(?:https?:\/\/|mailto:)/i
// Scheme, "//" and the authority as written (up to the path, query or fragment), for http and https.
const WEB_AUTHORITY = /^https?:\/\/([^/?#]*)/i
// One address of a mailto link, percent-decoded: letters, digits and the usual punctuation, no spaces,
// quotes, brackets, "?" or "&" that a mail program could read as more than an address.
const MAIL_ADDRESS = /^[\p{L}\p{N}._+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u

/** The address a story keeps for `raw`, in the URL parser's form, or null when it may not be a link. */
export function normaliseLinkHref(raw: string): string | null {
  const text = raw.replace(EDGE_WHITESPACE, '')
  if (CONTROL.test(text) || !SCHEME.test(text)) return null
  let url: ParsedUrl
  try {
    url = new URL(text)
  } catch {
    return null
  }
  const href = url.protocol === 'mailto:' ? mailtoHref(url) : webHref(text, url)
  return href !== null && href.length <= MAX_LINK_LENGTH ? href : null
}

/** Whether a stored address is one the parser gives back as written (see the comment at the top). */
export function isSafeLinkHref(href: string): boolean {
  if (href.length > MAX_LINK_LENGTH || CONTROL_OR_SPACE.test(href) || normaliseLinkHref(href) === null) return false
  const parsed = new URL(href).href
  const rest = (address: string): string => address.replace(/^mailto:/i, '').replace(WEB_AUTHORITY, '')
  // The authority was compared by webHref; an empty path is written "/".
  const written = rest(href)
  const given = rest(parsed)
  return sameUpToEncoding(/^[/?#]/.test(written) || parsed.startsWith('mailto:') ? written : `/${written}`, given)
}

/**
 * An http or https address keeps what the parser made of it, provided the host is the one written: no user
 * name (https://bank.example@evil.example goes to evil.example), no host the parser had to fix up
 * (https:///x, https://\x, 127.1, %65vil.example, fullwidth letters).
 */
function webHref(text: string, url: ParsedUrl): string | null {
  if (url.username || url.password) return null
  const authority = WEB_AUTHORITY.exec(text)![1]!.toLowerCase()
  const defaultPort = url.protocol === 'https:' ? ':443' : ':80'
  if (authority === url.host || authority === url.host + defaultPort) return url.href
  // A host in another script becomes punycode: the same host, spelled the way DNS needs it.
  const international = NON_ASCII.test(authority) && !/[\\%@]/.test(authority) && url.hostname.split('.').some((label) => label.startsWith('xn--'))
  return international ? url.href : null
}

/**
 * A mailto link keeps its addresses and at most a subject. Every other field goes: `attach` can make a mail
 * program attach a local file, `cc`, `bcc` and `to` add recipients the reader never sees, `body` writes the
 * message for them.
 */
function mailtoHref(url: ParsedUrl): string | null {
  const addresses = percentDecode(url.pathname).split(',')
  if (!addresses.every((address) => MAIL_ADDRESS.test(address))) return null
  const subject = url.search
    .slice(1)
    .split('&')
    .map((field) => field.split('='))
    .find(([name]) => percentDecode(name!).toLowerCase() === 'subject')
  return `mailto:${url.pathname}${subject ? `?subject=${subject.slice(1).join('=')}` : ''}`
}

// One character's UTF-8 escapes: one byte below 0x80, or a lead byte and its continuation bytes.
const ESCAPED_CHARACTER = /%[0-7][0-9a-f]|%[cd][0-9a-f]%[89ab][0-9a-f]|%e[0-9a-f](?:%[89ab][0-9a-f]){2}|%f[0-7](?:%[89ab][0-9a-f]){3}/gi

/** Decodes each escaped character that decodes; leaves stray or invalid escapes as they are. */
export function percentDecode(text: string): string {
  return text.replace(ESCAPED_CHARACTER, (escaped) => {
    try {
      return decodeURIComponent(escaped)
    } catch {
      return escaped
    }
  })
}

/** Equal once non-ASCII characters are percent-encoded and `'`, `{`, `}` decoded, on both sides. */
function sameUpToEncoding(written: string, parsed: string): boolean {
  const canonical = (text: string): string =>
    text.replace(NON_ASCII_RUNS, (run) => encodeURIComponent(run)).replace(/%(27|7b|7d)/gi, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  try {
    return canonical(written) === canonical(parsed)
  } catch {
    // encodeURIComponent refuses a lone surrogate, which the parser would have replaced.
    return false
  }
}

/** The rel every link in a story carries: the page it opens cannot reach back, and no ranking credit is given. */
export const LINK_REL = 'noopener noreferrer nofollow'
