import { Link } from '@tiptap/extension-link'
import { isSafeLinkHref, LINK_REL, normaliseLinkHref } from '../../../../shared/article/links'

/**
 * TipTap's link mark, keeping each address in the form a story stores (shared/article/links.ts). Every
 * link that arrives as HTML (paste, drop, a copy from another story) is normalised as it is parsed, mailto
 * keeping only its address and subject, and one that does not normalise loses its link and keeps its text.
 * Links the editor makes from typed or pasted text (autolink, a URL pasted over a selection) must already
 * read as a stored address (`shouldAutoLink`), so whatever the editor holds is what save accepts.
 */
export const ArticleLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      href: { default: null, parseHTML: (element) => normaliseLinkHref(element.getAttribute('href') ?? '') },
      // Whatever pasted HTML says, a link gets the story's own target, rel and class (what the schema allows).
      target: { default: null, parseHTML: () => null },
      rel: { default: LINK_REL, parseHTML: () => LINK_REL },
      class: { default: null, parseHTML: () => null }
    }
  }
}).configure({
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => normaliseLinkHref(url) !== null,
  shouldAutoLink: (url) => [url, `https://${url}`, `mailto:${url}`].some(isSafeLinkHref),
  HTMLAttributes: { rel: LINK_REL, target: null }
})
