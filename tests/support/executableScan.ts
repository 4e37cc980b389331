import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DOMParser } from '@xmldom/xmldom'
import { Parser as Htmlparser2 } from 'htmlparser2'
import { marked } from 'marked'
import { parse as parseDocument, parseFragment } from 'parse5'
import { repoRoot } from './paths'

/**
 * One scanner for everything Copydesk hands to another program: the exports, the editor's HTML, and what the
 * clipboard carries. It answers "could anything in here run?" by parsing the output as its reader would and
 * listing every finding; an empty list is a pass.
 *
 * HTML is parsed twice — with parse5 (the WHATWG algorithm, as a browser parses it) and with htmlparser2 (as
 * many CMS pipelines parse it) — so a parser differential cannot hide an element. Markdown is rendered with
 * `marked` and scanned as HTML; NITF is parsed as XML; a WordPress post is JSON whose content, title and
 * excerpt WordPress treats as HTML.
 */
export type ScanFormat = 'fragment' | 'page' | 'wordpress' | 'markdown' | 'nitf' | 'editor'

type Profile = Record<string, readonly string[]>

/** What each output may contain: element → the attributes it may carry (`data-*` allows every data attribute). */
const FRAGMENT: Profile = {
  p: [],
  h2: [],
  h3: [],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  figure: ['class'],
  figcaption: [],
  a: ['href'],
  strong: [],
  em: [],
  br: [],
  span: ['class', 'data-quote-kind', 'data-speaker', 'data-speaker-role']
}
/** A WordPress post's content: the fragment after the byline line (`<p class="byline">`). */
const WORDPRESS: Profile = { ...FRAGMENT, p: ['class'] }
const PAGE: Profile = {
  ...FRAGMENT,
  html: ['lang'],
  head: [],
  body: [],
  meta: ['charset', 'name', 'content'],
  title: [],
  style: [],
  script: ['type'],
  article: [],
  header: [],
  h1: [],
  p: ['class']
}
/** What `marked` may make of a Markdown export: CommonMark's own elements, no raw HTML. */
const MARKDOWN: Profile = {
  ...Object.fromEntries(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'blockquote', 'strong', 'em', 'br', 'hr', 'pre', 'del'].map((e) => [e, []])),
  ol: ['start'],
  a: ['href', 'title'],
  code: ['class']
}
/** The editor's DOM (ProseMirror's rendering of the article schema and Copydesk's marks and decorations). */
const EDITOR: Profile = {
  ...Object.fromEntries(['h2', 'h3', 'ul', 'li', 'strong', 'em'].map((e) => [e, []])),
  p: ['class', 'data-placeholder'],
  ol: ['start', 'type'],
  blockquote: ['class', 'data-source-id'],
  a: ['href', 'rel', 'class', 'title'],
  br: ['class'],
  // Quote and attribution marks (data-quote-id...), and the review underlines with their tooltip.
  span: ['class', 'title', 'data-*'],
  // ProseMirror's cursor helper after a trailing inline node: <img class="ProseMirror-separator" alt="">, no src.
  img: ['class', 'alt']
}
const NITF: Profile = {
  nitf: ['xmlns', 'version', 'xml:lang'],
  head: [],
  title: [],
  docdata: [],
  'doc-id': ['id-string'],
  'date.issue': ['norm'],
  'key-list': [],
  keyword: ['key'],
  body: [],
  'body.head': [],
  hedline: [],
  hl1: [],
  hl2: [],
  byline: [],
  dateline: [],
  location: [],
  'body.content': [],
  block: [],
  p: [],
  em: ['class'],
  a: ['href'],
  q: ['quote-source'],
  bq: [],
  credit: [],
  ul: [],
  ol: [],
  li: [],
  br: []
}
/** A WordPress title or excerpt is HTML to WordPress; Copydesk's headline and dek are plain text. */
const PLAIN_TEXT: Profile = {}

const kses = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/wordpress/wordpress-kses-post.json'), 'utf8')) as {
  allowedposttags_effective: Record<string, Record<string, unknown>>
  uri_attributes: string[]
  allowed_protocols: string[]
}

/** Attributes a browser (or an old one, or an SVG/MathML/XSLT reader) treats as a URL to fetch or navigate to. */
const URL_ATTRIBUTES = new Set([
  'href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'longdesc',
  'ping', 'codebase', 'classid', 'archive', 'lowsrc', 'dynsrc', 'manifest', 'icon', 'profile', 'usemap', 'itemtype',
  'xml:base', 'from', 'to', 'values', 'by'
])
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto'])
/**
 * Attributes whose value the exporters fill with the article's own text (a source's name and role, a tag, the
 * dek) for a reader to display, never to fetch or run: the NITF credit (`quote-source`), the speaker data a CMS
 * shows, a keyword, the page's description, and a tooltip (`title`: the editor's flag underlines quote the
 * flagged words there). A speaker may be called anything; "javascript:" there is as inert
 * as in a paragraph. Every other attribute is held to the no-javascript:/vbscript:/data: rule.
 */
const TEXT_ATTRIBUTES = new Set(['data-speaker', 'data-speaker-role', 'quote-source', 'key', 'content', 'title'])
/** Named elements get a finding of their own even where no allow-list would let them through. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'base', 'link', 'form', 'style', 'meta', 'portal', 'template', 'noscript', 'img', 'video', 'audio', 'source', 'input', 'button', 'textarea', 'select', 'isindex', 'xml', 'import', 'xss'])

/** How a browser reads a URL attribute's scheme: leading/trailing C0 and space stripped, tab/CR/LF removed anywhere. */
function urlScheme(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null
}

/** `javascript:`, `vbscript:` or `data:` anywhere in a value, also when split by tabs, newlines or control characters. */
const SCRIPT_SCHEME = /(?<![a-z0-9+.-])(?:java\s*script|vb\s*script|live\s*script|mocha|data)\s*:/i
// eslint-disable-next-line no-control-regex
const squeeze = (value: string): string => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\t\n\r]/g, '')

/** CSS that can load or run something. */
const ACTIVE_CSS = /url\s*\(|@import|expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|image-set\s*\(|src\s*\(/i

interface ElementVisit {
  name: string
  /** Set when the element lives outside the HTML namespace (SVG, MathML) in parse5's view. */
  foreign?: string
  attributes: [string, string][]
  text?: string
}

function checkElement(element: ElementVisit, profile: Profile, where: string, findings: Set<string>, format: ScanFormat): void {
  const { name } = element
  const allowed = Object.hasOwn(profile, name) ? profile[name]! : null
  const add = (what: string): void => void findings.add(`${where}: ${what}`)
  if (element.foreign) add(`<${name}> in the ${element.foreign} namespace`)
  if (allowed === null) add(`<${name}> element${ACTIVE_ELEMENTS.has(name) ? ' (active content)' : ''} is not allowed in ${format}`)
  for (const [attribute, value] of element.attributes) {
    const lower = attribute.toLowerCase()
    if (lower.startsWith('on')) add(`<${name} ${attribute}> event handler`)
    else if (lower === 'style') add(`<${name} style> attribute`)
    else if (lower === 'srcdoc') add(`<${name} srcdoc> attribute`)
    else if (lower === 'http-equiv') add(`<meta http-equiv> (${value})`)
    else if (allowed !== null && !allowed.includes(lower) && !(lower.startsWith('data-') && allowed.includes('data-*'))) {
      add(`<${name} ${attribute}> attribute is not allowed in ${format}`)
    }
    let safeUrl = false
    if (URL_ATTRIBUTES.has(lower)) {
      const scheme = urlScheme(value)
      if (scheme !== null && !SAFE_SCHEMES.has(scheme)) add(`<${name} ${attribute}="${value.slice(0, 60)}"> has a ${scheme}: URL`)
      safeUrl = scheme !== null && SAFE_SCHEMES.has(scheme)
    }
    // An http(s) or mailto address may carry "javascript:" in its path or query; the browser goes to the
    // http(s) address. Text attributes show a name as text, like the element's content does.
    if (!safeUrl && !TEXT_ATTRIBUTES.has(lower) && SCRIPT_SCHEME.test(squeeze(value))) add(`<${name} ${attribute}> holds a script or data URL: ${JSON.stringify(value.slice(0, 80))}`)
  }
  if (name === 'meta' && allowed !== null) {
    const attrs = Object.fromEntries(element.attributes)
    if (attrs.content !== undefined && !['description', 'viewport'].includes(attrs.name ?? '')) add(`<meta content> without a harmless name`)
  }
  if (name === 'style' && element.text !== undefined && ACTIVE_CSS.test(element.text)) add(`<style> that loads or runs something: ${JSON.stringify(element.text.slice(0, 80))}`)
  if (name === 'script' && allowed !== null) {
    const type = Object.fromEntries(element.attributes).type
    if (type !== 'application/ld+json') add(`<script type=${JSON.stringify(type ?? '')}> runs`)
    else {
      try {
        JSON.parse(element.text ?? '')
      } catch {
        add('<script type="application/ld+json"> does not hold JSON (something broke out of it)')
      }
    }
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- parse5's tree nodes, walked structurally */
function walkParse5(node: any, visit: (element: ElementVisit) => void, other: (what: string) => void): void {
  for (const child of (node.childNodes ?? []) as any[]) {
    if (child.nodeName === '#comment') other(`HTML comment ${JSON.stringify(String(child.data).slice(0, 60))}`)
    else if (child.nodeName === '#documentType') {
      if (child.name !== 'html') other(`doctype ${child.name}`)
    } else if (child.tagName) {
      const foreign = child.namespaceURI === 'http://www.w3.org/2000/svg' ? 'SVG' : child.namespaceURI === 'http://www.w3.org/1998/Math/MathML' ? 'MathML' : undefined
      const rawText = child.tagName === 'script' || child.tagName === 'style'
      visit({
        name: child.tagName,
        foreign,
        attributes: (child.attrs as { name: string; value: string; prefix?: string }[]).map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]),
        text: rawText ? (child.childNodes as any[]).map((t) => t.value ?? '').join('') : undefined
      })
      if (child.content) walkParse5(child.content, visit, other)
      walkParse5(child, visit, other)
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Findings for one piece of HTML, parsed as a browser would (parse5) and as htmlparser2 would. */
function scanHtml(html: string, profile: Profile, where: string, format: ScanFormat, wholeDocument: boolean): Set<string> {
  const findings = new Set<string>()
  const visit = (element: ElementVisit): void => checkElement(element, profile, where, findings, format)
  const other = (what: string): void => void findings.add(`${where}: ${what}`)
  walkParse5(wholeDocument ? parseDocument(html) : parseFragment(html), visit, other)
  // htmlparser2: the same checks on its view of the markup (it keeps what parse5 would re-parent or drop).
  const open: ElementVisit[] = []
  const parser = new Htmlparser2(
    {
      onopentag(name, attributes) {
        const element: ElementVisit = { name, attributes: Object.entries(attributes), text: '' }
        open.push(element)
      },
      ontext(text) {
        const top = open.at(-1)
        if (top) top.text += text
      },
      onclosetag() {
        const element = open.pop()
        if (element) visit({ ...element, text: element.name === 'script' || element.name === 'style' ? element.text : undefined })
      },
      oncomment(data) {
        other(`HTML comment ${JSON.stringify(data.slice(0, 60))}`)
      },
      onprocessinginstruction(name, data) {
        if (name.toLowerCase() !== '!doctype' || !/^!doctype html$/i.test(data.trim())) other(`markup declaration ${JSON.stringify(data.slice(0, 60))}`)
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  parser.write(html)
  parser.end()
  return findings
}

function scanKses(html: string, where: string, findings: Set<string>): void {
  const parser = new Htmlparser2(
    {
      onopentag(name, attributes) {
        const allowed = kses.allowedposttags_effective[name]
        if (!allowed) return void findings.add(`${where}: <${name}> is outside WordPress's post allow-list`)
        for (const [attribute, value] of Object.entries(attributes)) {
          const dataOk = /^data-[a-z][a-z0-9-]*$/.test(attribute) && 'data-*' in allowed
          if (!(attribute in allowed) && !dataOk) findings.add(`${where}: <${name} ${attribute}> is outside WordPress's post allow-list`)
          if (kses.uri_attributes.includes(attribute)) {
            const scheme = urlScheme(value)
            if (scheme && !kses.allowed_protocols.includes(scheme)) findings.add(`${where}: <${name} ${attribute}> uses ${scheme}:, a protocol WordPress refuses`)
          }
        }
      }
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
  )
  parser.write(html)
  parser.end()
}

// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function scanNitf(xml: string, findings: Set<string>): void {
  const add = (what: string): void => void findings.add(`nitf: ${what}`)
  const bad = NOT_XML_CHAR.exec(xml)
  if (bad) add(`not well-formed XML: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`)
  // xmldom lets a bare "&" and "]]>" in text pass; XML does not (text that broke out of its escaping).
  const ampersand = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/.exec(xml)
  if (ampersand) add(`not well-formed XML: a bare "&" at ${ampersand.index}: ${JSON.stringify(xml.slice(ampersand.index, ampersand.index + 40))}`)
  if (xml.includes(']]>')) add('not well-formed XML: "]]>" outside a CDATA section')
  const problems: string[] = []
  let document: Document | null = null
  try {
    document = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message.split('\n')[0]}`) }).parseFromString(xml, 'application/xml') as unknown as Document
  } catch (error) {
    problems.push((error as Error).message.split('\n')[0]!)
  }
  for (const problem of new Set(problems)) add(`not well-formed XML: ${problem}`)
  if (!document) return
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 7) {
        if (child.nodeName !== 'xml') add(`processing instruction <?${child.nodeName}?>`)
      } else if (child.nodeType === 10) add('a DOCTYPE (entities)')
      else if (child.nodeType === 8) add('an XML comment')
      else if (child.nodeType === 4) add('a CDATA section')
      else if (child.nodeType === 5) add('an entity reference')
      else if (child.nodeType === 1) {
        const element = child as Element
        if (element.namespaceURI !== 'http://iptc.org/std/NITF/2006-10-18/') add(`<${element.nodeName}> outside the NITF namespace`)
        const attributes: [string, string][] = []
        for (let i = 0; i < element.attributes.length; i++) attributes.push([element.attributes[i]!.name, element.attributes[i]!.value])
        checkElement({ name: element.nodeName, attributes }, NITF, 'nitf', findings, 'nitf')
        walk(element)
      }
    }
  }
  walk(document)
}

/**
 * Everything in `output` (written in `format`) that could run, load or navigate somewhere unsafe: elements
 * outside the format's allow-list (script, iframe, object, embed, svg, math, base, link, form, meta
 * http-equiv...), event handlers, style attributes, srcdoc, URL attributes with a scheme other than http,
 * https or mailto, and javascript:/vbscript:/data: anywhere in an attribute. Empty when the output is clean.
 */
export function findExecutable(output: string, format: ScanFormat): string[] {
  const findings = new Set<string>()
  const merge = (more: Set<string>): void => more.forEach((f) => findings.add(f))
  switch (format) {
    case 'fragment':
      merge(scanHtml(output, FRAGMENT, 'fragment', format, false))
      break
    case 'editor':
      merge(scanHtml(output, EDITOR, 'editor', format, false))
      break
    case 'page':
      merge(scanHtml(output, PAGE, 'page', format, true))
      if ((output.match(/<script/gi) ?? []).length > 1) findings.add('page: more than one <script> (only the JSON-LD block may be there)')
      if ((output.match(/<style/gi) ?? []).length > 1) findings.add('page: more than one <style> (only the built-in stylesheet may be there)')
      break
    case 'markdown': {
      const html = marked.parse(output, { async: false, gfm: true }) as string
      merge(scanHtml(html, MARKDOWN, 'markdown (rendered by marked)', format, false))
      break
    }
    case 'nitf':
      scanNitf(output, findings)
      break
    case 'wordpress': {
      let post: { title?: unknown; content?: unknown; excerpt?: unknown }
      try {
        post = JSON.parse(output) as typeof post
      } catch (error) {
        return [`wordpress: not JSON (${(error as Error).message})`]
      }
      if (typeof post.content !== 'string') findings.add('wordpress: no content string')
      else {
        merge(scanHtml(post.content, WORDPRESS, 'wordpress content', format, false))
        scanKses(post.content, 'wordpress content', findings)
      }
      for (const field of ['title', 'excerpt'] as const) {
        const value = post[field]
        if (typeof value !== 'string') findings.add(`wordpress: ${field} is not a string`)
        else merge(scanHtml(value, PLAIN_TEXT, `wordpress ${field}`, format, false))
      }
      break
    }
  }
  return [...findings]
}
