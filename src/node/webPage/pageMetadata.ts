import { normaliseLinkHref } from '../../shared/article/links'
import { bylineNames } from './byline'
import { jsonLdArticle, type JsonLdArticle } from './jsonLd'
import type { PageDocument } from './pageDom'
import { publicationDate } from './publicationDate'

/** What a web page says about its article, before the user overrides any of it in the import dialog. */
export interface PageMetadata {
  headline: string
  byline: string[]
  dek: string
  /** ISO 8601 date or date-time, as the page gave it; null when it gives none. */
  published: string | null
  siteName: string
  /** The page's own address (canonical link, og:url, JSON-LD), http or https only; '' when it names none. */
  url: string
  language: string | null
}

/** What Readability found, as far as the metadata is concerned. */
export interface ReadabilityFindings {
  title?: string | null
  byline?: string | null
  siteName?: string | null
  publishedTime?: string | null
  lang?: string | null
}

/** Separators pages put between an article's title and the site's name: "Title | Site", "Title - Site". */
const TITLE_SEPARATOR = /\s+[|\-–—·»]\s+/
/** More words than a site's name takes ("The Seattle Times", "Yahoo!ニュース"): the end of a headline instead. */
const MAX_SITE_NAME_WORDS = 5
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/** What the page's own tags say, read before Readability (which removes scripts and much of the page as it works). */
export interface PageTags {
  jsonLd: JsonLdArticle | null
  title: string
  lang: string
  siteNames: string[]
  urls: string[]
  titles: string[]
  /** The page's first level-one headings: the article's title is usually one. */
  headings: string[]
  descriptions: string[]
  dates: string[]
  authors: string[]
}

export function readPageTags(document: PageDocument): PageTags {
  const meta = (selector: string): string => clean(document.querySelector(selector)?.getAttribute('content') ?? '')
  const jsonLd = jsonLdArticle(document)
  return {
    jsonLd,
    title: clean(document.title),
    lang: document.documentElement.getAttribute('lang') ?? '',
    siteNames: [meta('meta[property="og:site_name"]'), jsonLd?.publisher ?? '', meta('meta[name="application-name"]')],
    urls: [document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '', meta('meta[property="og:url"]'), jsonLd?.url ?? ''],
    titles: [jsonLd?.headline ?? '', meta('meta[property="og:title"]')],
    headings: [...document.querySelectorAll('h1')].slice(0, 3).map((heading) => clean(heading.textContent ?? '')),
    descriptions: [meta('meta[property="og:description"]'), meta('meta[name="description"]'), meta('meta[name="twitter:description"]'), jsonLd?.description ?? ''],
    dates: [jsonLd?.datePublished ?? '', meta('meta[property="article:published_time"]'), meta('meta[itemprop="datePublished"]'), document.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''],
    authors: [jsonLd?.authors.join(', ') ?? '', meta('meta[name="author" i]'), meta('meta[property="author" i]'), microdataAuthor(document)]
  }
}

/**
 * The article's metadata, each field from the most reliable place that has it: the publisher's JSON-LD and
 * Open Graph tags first, Readability's reading of the page (its title rules, rel=author and byline classes)
 * next, and for the byline a "By ..." line opening the article last.
 */
export function pageMetadata(tags: PageTags, readability: ReadabilityFindings | null, firstLines: string[]): PageMetadata {
  const title = clean(readability?.title ?? '') || tags.titles.find(Boolean) || tags.title
  const named = siteNameOf(readability?.siteName ?? '', ...tags.siteNames)
  // With no name given, the part after the title's separator is the site's, when the rest is the page's own heading.
  const siteName = named || siteAfterHeading(title, [...tags.headings, ...tags.titles])
  const url = tags.urls.map((href) => (href ? normaliseLinkHref(href.trim()) : null)).find((href) => href !== null && /^https?:/i.test(href))
  const headline = withoutSiteName(title, siteName)
  const language = clean(readability?.lang ?? tags.lang)
  return {
    headline,
    byline: bylineOf(tags, readability, firstLines, siteName),
    dek: tags.descriptions.find(Boolean) ?? '',
    published: publicationDate([readability?.publishedTime, ...tags.dates]),
    siteName,
    url: url ?? '',
    language: LANGUAGE_TAG.test(language) ? language : null
  }
}

function bylineOf(tags: PageTags, readability: ReadabilityFindings | null, firstLines: string[], siteName: string): string[] {
  const opening = firstLines.find((line) => /^by\s+\S/i.test(line.trim()) && line.length < 120) ?? ''
  for (const candidate of [...tags.authors, readability?.byline ?? '', opening]) {
    const names = bylineNames(candidate).filter((name) => !/^(?:staff|admin|editor|news desk)$/i.test(name))
    // A site that signs its own articles ("BBC News") is a byline only when nothing better is there.
    if (names.length && !(names.length === 1 && names[0] === siteName && candidate !== opening && candidate !== readability?.byline)) return names
  }
  return []
}

/** schema.org microdata: `itemprop="author"` with a content attribute, or a name inside it. */
function microdataAuthor(document: PageDocument): string {
  const author = document.querySelector('[itemprop~="author"]')
  if (!author) return ''
  const name = author.getAttribute('content') ? author : (author.querySelector('[itemprop~="name"]') ?? author)
  return name.getAttribute('content') ?? name.textContent ?? ''
}

/** The site's name as readers know it; a URL given as a name ("http://www.tmz.com") becomes its host. */
function siteNameOf(...candidates: string[]): string {
  for (const candidate of candidates.map(clean)) {
    if (!candidate) continue
    return hostName(candidate) ?? candidate
  }
  return ''
}

/** An http or https address's host without "www." ("http://www.tmz.com" → "tmz.com"); null for anything else. */
export function hostName(url: string): string | null {
  return /^https?:\/\/([^/]+)/i.exec(url)?.[1]?.replace(/^www\./i, '') ?? null
}

/** A title split at its last separator ("Title - Site" → "Title", "Site"); null when it has none. */
function splitTitle(title: string): { before: string; last: string } | null {
  const parts = title.split(TITLE_SEPARATOR)
  if (parts.length < 2) return null
  const last = parts.at(-1)!
  return { before: clean(title.slice(0, title.length - last.length).replace(/\s*[|\-–—·»]\s*$/, '')), last }
}

/**
 * The title without a site's name after a separator ("Obama admits ... - BBC News" → "Obama admits ..."),
 * when that last part is the site's name or a shortened form of it ("TOP-NEWS", "Herald Sun").
 */
export function withoutSiteName(title: string, siteName: string): string {
  const split = splitTitle(title)
  if (!split || !siteName) return title
  const last = squash(split.last)
  const site = squash(siteName)
  return last && (site.includes(last) || last.includes(site)) ? split.before : title
}

/** "Quay to close | Harbour Times" with a heading "Quay to close" → "Harbour Times"; '' when no heading is the title's start. */
function siteAfterHeading(title: string, headings: string[]): string {
  const split = splitTitle(title)
  if (!split) return ''
  const { before, last } = split
  return headings.some((heading) => heading && squash(heading) === squash(before)) && last.split(' ').length <= MAX_SITE_NAME_WORDS ? clean(last) : ''
}

/** Letters and digits only, lower case: "The Washington Post" and "WashingtonPost.com" meet at "washingtonpost". */
function squash(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|co\.uk|org|net)$/, '').replace(/[^\p{L}\p{N}]/gu, '')
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
