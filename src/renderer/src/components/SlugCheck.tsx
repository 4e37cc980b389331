import { slugAtOdds, type ArticleMeta } from '../../../shared/article/meta'

interface Props {
  meta: ArticleMeta
  onChange: (meta: ArticleMeta) => void
}

/**
 * Before a story leaves (Export, Send to WordPress): a slug written for an earlier headline would give the story
 * a URL and file names about something else. One click takes the headline's slug; or go on as it is.
 */
export function SlugCheck({ meta, onChange }: Props): React.JSX.Element | null {
  const suggested = slugAtOdds(meta)
  if (!suggested) return null
  return (
    <p className="slug-check" role="alert">
      The slug “{meta.slug}” shares no word with the headline.{' '}
      <button type="button" onClick={() => onChange({ ...meta, slug: suggested })}>
        Use “{suggested}”
      </button>
    </p>
  )
}
