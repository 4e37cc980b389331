import { isSafeLinkHref, normaliseLinkHref, percentDecode } from '../shared/article/links'

/**
 * Which links the system browser or mail program may open for the user (Ctrl+click on a link). Only the
 * normalised address (links.ts) is ever opened, never the string the page sent; an address written in an
 * odd way is refused rather than opened as the parser reads it, because the user saw the odd spelling, and a
 * story's own links are already stored normalised. Refused: anything but https and mailto, user names in
 * the address, hosts on this computer or a private network (a link in a story must not reach a printer's
 * or router's admin page or a cloud metadata address), and a mailto with anything but one address and a
 * subject. Asked about first, with the real host shown: a punycode host (a homograph such as "аррle.com")
 * and text-direction controls anywhere in the address.
 */
export type OpenLinkDecision =
  | { action: 'open'; href: string }
  | { action: 'confirm'; href: string; host: string; reason: string }
  | { action: 'refuse'; message: string }

const NOT_HTTPS_OR_MAILTO = 'Copydesk opens only https and mailto links.'
const ODD_SPELLING =
  'Copydesk did not open this link because its address is not written the usual way (spaces, backslashes, missing slashes or hidden characters can make a link go somewhere other than it seems). Check the link’s address.'
const NOT_ONE_ADDRESS = 'Copydesk opens an email link only when it holds one plain email address.'
const BIDI_REASON = 'This address contains invisible characters that reverse the direction of text, so it may read differently from where it goes.'

// Text-direction controls: Arabic letter mark, LRM, RLM, the embeddings and overrides, the isolates.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

export function openLinkDecision(raw: string): OpenLinkDecision {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse(NOT_HTTPS_OR_MAILTO)
  }
  if (url.protocol === 'mailto:') return mailtoDecision(raw, url)
  if (url.protocol !== 'https:' || url.username || url.password) return refuse(NOT_HTTPS_OR_MAILTO)
  if (isLocalOrPrivate(url.hostname)) {
    return refuse(`Copydesk does not open links to this computer or to a private network (${url.hostname}). A story’s links should point to public websites.`)
  }
  return lastChecks(raw, url.hostname)
}

function mailtoDecision(raw: string, url: URL): OpenLinkDecision {
  const address = percentDecode(url.pathname)
  if (address === '') return refuse(NOT_HTTPS_OR_MAILTO)
  if (address.includes(',') || normaliseLinkHref(`mailto:${url.pathname}`) === null) return refuse(NOT_ONE_ADDRESS)
  const fields = url.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((field) => percentDecode(field.split('=')[0]!).toLowerCase())
  const others = [...new Set(fields.filter((name) => name !== 'subject'))]
  if (others.length > 0 || fields.length > 1) {
    // The names come from the page: show those that read as field names, and count the rest.
    const named = others.filter((name) => /^[a-z-]{1,20}$/.test(name))
    const shown = named.length === others.length ? named : [...named, 'other fields']
    const list = shown.length ? shown.join(', ').replace(/, ([^,]+)$/, ' and $1') : 'a second subject'
    return refuse(`Copydesk opens an email link only with one address and a subject; this one also sets ${list}, so it was not opened.`)
  }
  const domain = mailDomain(address)
  return domain === null ? refuse(NOT_ONE_ADDRESS) : lastChecks(raw, domain)
}

/** The domain of a mail address as DNS would have it (punycode for another alphabet), or null. */
function mailDomain(address: string): string | null {
  try {
    return new URL(`https://${address.slice(address.lastIndexOf('@') + 1)}`).hostname
  } catch {
    return null
  }
}

/** The spelling check, then a question for what may not be what it seems, else open. */
function lastChecks(raw: string, host: string): OpenLinkDecision {
  if (!isSafeLinkHref(raw)) return refuse(ODD_SPELLING)
  const href = normaliseLinkHref(raw)!
  if (BIDI_CONTROL.test(raw) || BIDI_CONTROL.test(percentDecode(href))) return { action: 'confirm', href, host, reason: BIDI_REASON }
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    return { action: 'confirm', href, host, reason: `This address uses letters from another alphabet; its real name is ${host}, and it may imitate a different site.` }
  }
  return { action: 'open', href }
}

const refuse = (message: string): OpenLinkDecision => ({ action: 'refuse', message })

// Names that never reach the public internet: RFC 6761 localhost, mDNS .local, .internal (reserved by
// ICANN for private use), RFC 8375 home.arpa.
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|internal|home\.arpa)$/

/**
 * A host on this computer or a private network. The URL parser has already written IPv4 in dotted decimal
 * (127.1, 2130706433 and 0x7f.1 are all 127.0.0.1) and IPv6 in its short form. A public name that resolves
 * to a private address is the browser's to refuse.
 */
export function isLocalOrPrivate(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '')
  if (host.startsWith('[')) return isPrivateIpv6(ipv6Words(host.slice(1, -1)))
  const ipv4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)
  if (ipv4) return isPrivateIpv4(ipv4.slice(1).reduce((value, part) => value * 256 + Number(part), 0))
  // A single label ("intranet", "router") is resolved on the local network only.
  return !host.includes('.') || LOCAL_NAME.test(host)
}

// [first address, prefix length]: "this network", RFC 1918, carrier-grade NAT, loopback, link-local
// (cloud metadata lives at 169.254.169.254), and multicast with everything above it.
const PRIVATE_IPV4: [number, number][] = [
  [0x00000000, 8],
  [0x0a000000, 8],
  [0x64400000, 10],
  [0x7f000000, 8],
  [0xa9fe0000, 16],
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0xe0000000, 3]
]

function isPrivateIpv4(address: number): boolean {
  return PRIVATE_IPV4.some(([first, bits]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(first / 2 ** (32 - bits)))
}

/** The eight 16-bit words of an IPv6 address in the parser's form (hex words, at most one "::"). */
function ipv6Words(text: string): number[] {
  const [head = '', tail] = text.split('::')
  const words = (part: string): number[] => (part ? part.split(':').map((word) => Number.parseInt(word, 16)) : [])
  if (tail === undefined) return words(head)
  const before = words(head)
  const after = words(tail)
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after]
}

function isPrivateIpv6(words: number[]): boolean {
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0] = words
  const embedded = w6 * 65536 + w7
  // ::/96 (unspecified, loopback, IPv4-compatible), ::ffff:0:0/96 (IPv4-mapped), 64:ff9b::/96 (NAT64):
  // the IPv4 address in the last two words decides.
  if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0 && (w5 === 0 || w5 === 0xffff)) return isPrivateIpv4(embedded)
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) return isPrivateIpv4(embedded)
  // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 old site-local, ff00::/8 multicast.
  return (w0 & 0xfe00) === 0xfc00 || (w0 & 0xffc0) === 0xfe80 || (w0 & 0xffc0) === 0xfec0 || (w0 & 0xff00) === 0xff00
}
