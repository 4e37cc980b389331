import { test as isLinkifiable } from 'linkifyjs'

/** The host of a web address ("https://user@host:8080/path" → "host"), or null for any other kind (mailto). */
function typedHost(address: string): string | null {
  const match = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:]*)/i.exec(address)
  return match ? match[1]! : null
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/

/**
 * Why a typed link address has no usable host, or null when it has one. A host must be a name under a real
 * top-level domain (linkify's list of them, the one TipTap's autolink uses), "localhost", or an IP address: so an
 * address typed after an old one ("https://www.kommersant.ruhttps://kommersant.ru/doc/1", host
 * "www.kommersant.ruhttps") is refused rather than saved.
 */
export function linkHostProblem(address: string): string | null {
  // `address` has its scheme: a typed one without gets https:// first.
  const host = typedHost(address)
  if (host === null) return null
  if (host === '') return 'The address has no site name.'
  const known = host === 'localhost' || IPV4.test(host) || /^\[[0-9a-f:.]+\]$/i.test(host) || /\.xn--[a-z0-9-]+$/i.test(host) || isLinkifiable(host, 'url')
  return known ? null : `“${host}” is not a valid site name. Check the address (was it typed after an old one?).`
}
