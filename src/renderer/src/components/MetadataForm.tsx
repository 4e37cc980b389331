import { memo, useId, useState } from 'react'
import { articleMetaSchema, bylineText, META_LABELS, publishedOn, slugify, withHeadline, type ArticleMeta } from '../../../shared/article/meta'
import { BylineField } from './BylineField'

interface Props {
  meta: ArticleMeta
  onChange: (meta: ArticleMeta) => void
  /** The newsroom's longest headline (Settings), or null for none. */
  headlineLimit: number | null
}

/** Headline, dek, byline, dateline and the rest, above the body. Problems show beside the field at once. */
export const MetadataForm = memo(function MetadataForm({ meta, onChange, headlineLimit }: Props): React.JSX.Element {
  const id = useId()
  const set = <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]): void => onChange({ ...meta, [key]: value })
  const errors = fieldErrors(meta)
  // Tags are typed as one comma-separated line; keep the raw text so a trailing comma survives typing.
  const [tagsText, setTagsText] = useState(meta.tags.join(', '))
  // The fields under the headline fold away to one line, leaving a small window to the story.
  const [detailsShown, setDetailsShown] = useState(true)
  const problems = Object.keys(errors).filter((key) => key !== 'headline').length

  const field = (key: keyof ArticleMeta, input: React.JSX.Element, hint?: string, aside?: React.JSX.Element): React.JSX.Element => (
    <div className={`field field-${key}`}>
      <div className="field-label">
        <label htmlFor={`${id}-${key}`}>{META_LABELS[key]}</label>
        {aside}
      </div>
      {input}
      {errors[key] ? (
        <span className="field-error" role="alert">
          {errors[key]}
        </span>
      ) : (
        hint && <span className="field-hint">{hint}</span>
      )}
    </div>
  )

  return (
    <form className="metadata" aria-label="Article details" onSubmit={(event) => event.preventDefault()}>
      {field(
        'headline',
        // A field that grows with the headline (a headline is one line: Enter adds none, a pasted break is a space).
        <textarea
          id={`${id}-headline`}
          className="headline-input"
          rows={1}
          value={meta.headline}
          placeholder="Headline"
          aria-describedby={`${id}-headline-count`}
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          onChange={(event) => onChange(withHeadline(meta, event.target.value.replace(/[\r\n]+/g, ' ')))}
        />,
        undefined,
        <HeadlineCount id={`${id}-headline-count`} length={meta.headline.length} limit={headlineLimit} />
      )}
      <div className="details-toggle">
        <button type="button" className="link-button" aria-expanded={detailsShown} aria-controls={`${id}-details`} onClick={() => setDetailsShown((shown) => !shown)}>
          {detailsShown ? 'Hide details' : 'Show details'}
        </button>
        {!detailsShown && (
          <span className="details-summary">
            {[meta.byline.length ? `By ${bylineText(meta.byline)}` : 'No byline', meta.dateline, meta.slug || slugify(meta.headline)].filter(Boolean).join(' · ')}
            {problems > 0 && <span className="field-error"> · {problems === 1 ? 'a field needs' : `${problems} fields need`} attention</span>}
          </span>
        )}
      </div>
      <div id={`${id}-details`} className="details" hidden={!detailsShown}>
        {field(
          'dek',
          <textarea
            id={`${id}-dek`}
            rows={2}
            value={meta.dek}
            placeholder="One or two sentences under the headline"
            onChange={(event) => set('dek', event.target.value)}
          />
        )}
        <div className="field-row">
          <BylineField inputId={`${id}-byline`} authors={meta.byline} onChange={(byline) => set('byline', byline)} error={errors.byline} />
          {field(
            'dateline',
            <input
              id={`${id}-dateline`}
              value={meta.dateline}
              placeholder="e.g. MOSCOW"
              onChange={(event) => set('dateline', event.target.value)}
            />
          )}
        </div>
        <div className="field-row">
          {field(
            'slug',
            <input
              id={`${id}-slug`}
              value={meta.slug}
              placeholder={slugify(meta.headline) || 'story-slug'}
              onChange={(event) => set('slug', event.target.value)}
              // What was typed is tidied into a slug; an empty one stays empty, and follows the headline again.
              onBlur={() => set('slug', slugify(meta.slug))}
            />,
            meta.slug === slugify(meta.headline) ? 'Follows the headline until you change it' : 'Lowercase words joined by hyphens'
          )}
          {field(
            'tags',
            <input
              id={`${id}-tags`}
              value={tagsText}
              placeholder="elections, russia"
              onChange={(event) => {
                setTagsText(event.target.value)
                set('tags', parseTags(event.target.value))
              }}
            />,
            'Separated by commas'
          )}
          {field(
            'language',
            <input
              id={`${id}-language`}
              value={meta.language}
              size={6}
              onChange={(event) => set('language', event.target.value.trim())}
            />
          )}
          {field(
            'wordTarget',
            <input
              id={`${id}-wordTarget`}
              type="number"
              min={1}
              step={50}
              value={meta.wordTarget ?? ''}
              placeholder="none"
              onChange={(event) => set('wordTarget', event.target.value === '' ? null : Number(event.target.value))}
            />
          )}
        </div>
        <div className="field-row">
          {field(
            'published',
            <input
              id={`${id}-published`}
              type="date"
              value={meta.published?.slice(0, 10) ?? ''}
              // A page's date keeps its time of day while the day stays the same; a new day is a date alone.
              onChange={(event) => set('published', publishedOn(meta.published, event.target.value))}
            />,
            'Empty until it is published; the page export’s date'
          )}
          {meta.origin && (
            <div className="field field-origin">
              <div className="field-label">
                <span>{META_LABELS.origin}</span>
              </div>
              <p className="origin">
                <span>{[meta.origin.siteName, meta.origin.url].filter(Boolean).join(' · ')}</span>{' '}
                <button type="button" className="link-button" onClick={() => set('origin', null)}>
                  Forget
                </button>
              </p>
            </div>
          )}
        </div>
      </div>
    </form>
  )
})

/** The headline's length, against the newsroom's limit when there is one ("58 / 70", "8 over 70"). */
function HeadlineCount({ id, length, limit }: { id: string; length: number; limit: number | null }): React.JSX.Element {
  const over = limit !== null && length > limit
  return (
    <span id={id} className={over ? 'char-count over' : 'char-count'} aria-live="polite">
      {limit === null ? `${length} characters` : over ? `${length - limit} over the ${limit}-character limit` : `${length} / ${limit}`}
    </span>
  )
}

function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))]
}

function fieldErrors(meta: ArticleMeta): Partial<Record<keyof ArticleMeta, string>> {
  const result = articleMetaSchema.safeParse(meta)
  if (result.success) return {}
  const errors: Partial<Record<keyof ArticleMeta, string>> = {}
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof ArticleMeta
    errors[key] ??= issue.message
  }
  return errors
}
