import { VOID_ELEMENTS, walkHtml } from '../../shared/import/htmlElements'

/** Elements whose text is raw (not HTML): written back as it was, never escaped. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript'])

/**
 * The page with every element nested more than `maxDepth` deep taken out and its content kept where it was:
 * the DOM and Readability walk the tree recursively, and a page of 100,000 nested <div>s would overflow the
 * stack. Written back through the importer's own linear-time tokenizer; comments and the doctype go, and so do scripts and styles too deep to keep.
 * `flattened` counts the elements taken out.
 */
export function flattenDeepNesting(html: string, maxDepth: number): { html: string; flattened: number } {
  // Nearly every page is within the limit: a walk that only counts (half the time of writing the page back) says so.
  if (deepestNesting(html) <= maxDepth) return { html, flattened: 0 }
  const out: string[] = []
  /** For each open element: whether it was written (and so needs its close tag). */
  const written: boolean[] = []
  let depth = 0
  let flattened = 0
  let raw = 0
  /** Inside a script or style too deep to keep: its text is code, not words, and goes with it. */
  let droppedRaw = 0
  walkHtml(html, {
    open(name, attributes) {
      const keep = depth < maxDepth
      depth++
      written.push(keep)
      if (!keep) {
        flattened++
        if (RAW_TEXT.has(name)) droppedRaw++
        return
      }
      if (RAW_TEXT.has(name)) raw++
      const attributeText = Object.entries(attributes)
        .filter(([attribute]) => /^[^\s"'<>/=]+$/.test(attribute))
        .map(([attribute, value]) => ` ${attribute}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
        .join('')
      out.push(`<${name}${attributeText}>`)
    },
    close(name) {
      depth--
      if (!written.pop()) {
        if (RAW_TEXT.has(name)) droppedRaw--
        return
      }
      if (RAW_TEXT.has(name)) raw--
      if (!VOID_ELEMENTS.has(name)) out.push(`</${name}>`)
    },
    text(text) {
      if (droppedRaw) return
      out.push(raw ? text : text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    }
  })
  return { html: out.join(''), flattened }
}

function deepestNesting(html: string): number {
  let depth = 0
  let deepest = 0
  walkHtml(html, {
    open() {
      deepest = Math.max(deepest, ++depth)
    },
    close() {
      depth--
    },
    text() {}
  })
  return deepest
}
