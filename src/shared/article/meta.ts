import { z } from 'zod'

const line = (max: number) => z.string().max(max).refine((s) => !/[\r\n]/.test(s), 'must be a single line')

/** An ISO 8601 date, or date and time with an optional offset ("2024-03-01", "2015-07-24T05:36:09+01:00"). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

/** Where an imported story came from: the site and page it was taken from (format version 4). */
export const originSchema = z.strictObject({
  siteName: line(200),
  /** http or https only, or '' when the page named no address of its own. */
  url: z.string().max(2000).regex(/^(?:https?:\/\/\S+)?$/i, 'the origin address must be an http or https address')
})

/** What the metadata form edits. Every field has a default so a new draft is always valid. */
export const articleMetaSchema = z.strictObject({
  headline: line(300).default(''),
  dek: z.string().max(1000).default(''),
  /** One entry per author, in byline order. */
  byline: z.array(line(200)).max(20).default([]),
  dateline: line(200).default(''),
  slug: z
    .string()
    .max(200)
    .regex(/^[a-z0-9]*(?:-[a-z0-9]+)*$/, 'slug may hold only lowercase letters, digits and single hyphens')
    .default(''),
  tags: z.array(line(100)).max(50).default([]),
  /** BCP 47 language tag, e.g. "en" or "en-GB". */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'language must be a language tag such as "en" or "en-GB"')
    .default('en'),
  /** Optional length the story is written to; the status bar shows progress towards it. */
  wordTarget: z.number().int().positive().max(100_000).nullable().default(null),
  /** When the story was first published (an imported page's date): the page export's datePublished. Null: not yet. */
  published: z.string().regex(ISO_DATE, 'the publication date must be a date such as 2024-03-01').nullable().default(null),
  /** The web page an imported story was taken from; null for a story written here. */
  origin: originSchema.nullable().default(null)
})

export type ArticleMeta = z.infer<typeof articleMetaSchema>

/** What each field is called wherever a person reads it: the form, error messages, the CLI. */
export const META_LABELS: Record<keyof ArticleMeta, string> = {
  headline: 'Headline',
  dek: 'Dek',
  byline: 'Byline',
  dateline: 'Dateline',
  slug: 'Slug',
  tags: 'Tags',
  language: 'Language',
  wordTarget: 'Word target',
  published: 'Published',
  origin: 'Taken from'
}

export function emptyMeta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return articleMetaSchema.parse(overrides)
}

/** A URL slug suggested from a headline: "Russia’s non-interference" → "russias-non-interference". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_WORDS_LENGTH) return slug
  const lastWordEnd = slug.lastIndexOf('-', MAX_SLUG_WORDS_LENGTH)
  return slug.slice(0, lastWordEnd > 0 ? lastWordEnd : MAX_SLUG_WORDS_LENGTH)
}

/** CMS slugs stay readable in a URL; a longer one is cut at the last whole word. */
const MAX_SLUG_WORDS_LENGTH = 80

/**
 * The metadata with a new headline. The slug follows the headline until the user writes one of their own: a
 * slug that is empty or still the old headline's becomes the new headline's, so the file name, the export names
 * and the CMS slug never keep a headline that was rewritten.
 */
export function withHeadline(meta: ArticleMeta, headline: string): ArticleMeta {
  const derived = meta.slug === '' || meta.slug === slugify(meta.headline)
  return { ...meta, headline, slug: derived ? slugify(headline) : meta.slug }
}

/** Words too short to tell two slugs apart ("of", "the", "us"). */
const SLUG_WORD_MIN = 4

/**
 * The headline's slug when a slug the user wrote shares no word with it, as after a headline rewritten from
 * scratch: the story would leave under a URL about something else. Null when they agree.
 */
export function slugAtOdds(meta: ArticleMeta): string | null {
  const suggested = slugify(meta.headline)
  if (!meta.slug || !suggested || meta.slug === suggested) return null
  const headlineWords = new Set(suggested.split('-').filter((word) => word.length >= SLUG_WORD_MIN))
  const shared = meta.slug.split('-').some((word) => headlineWords.has(word))
  return shared || headlineWords.size === 0 ? null : suggested
}

/** Whether two versions of the metadata say the same (reading a field, or leaving it, changes nothing). */
export function sameMeta(a: ArticleMeta, b: ArticleMeta): boolean {
  return (Object.keys(META_LABELS) as (keyof ArticleMeta)[]).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]))
}

/**
 * The publication date for what a date field now says ("2015-07-24" or ''): the old value, time of day and all,
 * while it is still that day; else the day alone; null when the field is empty.
 */
export function publishedOn(current: string | null, day: string): string | null {
  if (!day) return null
  return current?.startsWith(day) ? current : day
}

/** The byline as a reader reads it: "A", "A and B", "A, B and C". */
export function bylineText(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? ''
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`
}
