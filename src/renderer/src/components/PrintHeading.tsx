import { bylineText, type ArticleMeta } from '../../../shared/article/meta'

/**
 * The story's top as a reader sees it — headline, dek, byline, dateline — shown only on paper and in PDFs (the print
 * stylesheet hides the form fields and shows this instead).
 */
export function PrintHeading({ meta }: { meta: ArticleMeta }): React.JSX.Element {
  const byline = meta.byline.map((name) => name.trim()).filter(Boolean)
  return (
    <header className="print-heading">
      {meta.headline && <h1>{meta.headline}</h1>}
      {meta.dek && <p className="print-dek">{meta.dek}</p>}
      {byline.length > 0 && <p className="print-byline">By {bylineText(byline)}</p>}
      {meta.dateline && <p className="print-dateline">{meta.dateline}</p>}
    </header>
  )
}

