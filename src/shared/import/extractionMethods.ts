/**
 * How a web page's article was found: Readability's reading of the page, the publisher's JSON-LD articleBody,
 * or not at all: the whole page came in (no article was found, or the user asked for all of it).
 */
export const EXTRACTION_METHODS = ['readability', 'json-ld', 'whole-page'] as const

export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number]

/** What the import dialog says about the way the article was found. */
export const EXTRACTION_LABELS: Record<ExtractionMethod, string> = {
  readability: 'The article, as Reader View finds it',
  'json-ld': 'The article, from the text the publisher gives with the page',
  'whole-page': 'Everything on the page'
}
