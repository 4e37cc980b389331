/** Link schemes a story may carry. Everything else (javascript:, data:, file:, vbscript:...) is refused. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i

export function isSafeLinkHref(href: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so
  // reject them outright instead of trying to normalise.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(href)) return false
  return SAFE_LINK.test(href)
}
