import DOMPurify from 'dompurify'

/**
 * Pasted HTML is untrusted (web pages, word processors, mail). DOMPurify reduces it to the structure the
 * story can hold — paragraphs, headings, lists, block quotes, links, bold, italic — plus Copydesk's own quote
 * attributes, so that copying within Copydesk keeps the marks. Scripts, handlers, styles, frames, images and
 * every URL that is not http, https or mailto are gone before TipTap parses anything.
 */
const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'b', 'em', 'i', 'span', 'div']
const ALLOWED_ATTR = ['href', 'start', 'data-quote-id', 'data-source-id', 'data-kind', 'data-attribution-id', 'data-quote-ids', 'data-block-quote-id']

export function sanitizePastedHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
    FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'title']
  })
}
