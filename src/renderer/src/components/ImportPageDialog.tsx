import { useMemo, useState } from 'react'
import type { ArticleDocument } from '../../../shared/article/document'
import { publishedOn, withHeadline } from '../../../shared/article/meta'
import { bodyText, countWords } from '../../../shared/article/stats'
import { EXTRACTION_LABELS, type ExtractionMethod } from '../../../shared/import/extractionMethods'
import { FormDialog } from './FormDialog'

/** One way of bringing the page in, as main made it. */
export interface PageVersion {
  document: ArticleDocument
  notice: string | null
}

export interface PageImport {
  name: string
  method: ExtractionMethod
  article: PageVersion
  wholePage: PageVersion | null
}

interface Props {
  page: PageImport
  /** The version chosen, with the metadata as the user left it; null when the import is cancelled. */
  onDone: (chosen: PageVersion | null) => void
}

/** Paragraphs of the chosen version shown before it comes in. */
const PREVIEW_PARAGRAPHS = 4
const PREVIEW_CHARACTERS = 400

/**
 * File ▸ Import of a web page (or one dropped on the window): what will come in — headline, byline, dek, date,
 * site, the first paragraphs and the word count — each field open to correction, and the choice of the article
 * alone or everything on the page.
 */
export function ImportPageDialog({ page, onDone }: Props): React.JSX.Element {
  const [whole, setWhole] = useState(false)
  const meta = page.article.document.meta
  const [headline, setHeadline] = useState(meta.headline)
  const [byline, setByline] = useState(meta.byline.join(', '))
  const [dek, setDek] = useState(meta.dek)
  const [published, setPublished] = useState(meta.published?.slice(0, 10) ?? '')
  const [siteName, setSiteName] = useState(meta.origin?.siteName ?? '')
  const chosen = whole && page.wholePage ? page.wholePage : page.article
  const preview = useMemo(() => previewOf(chosen.document), [chosen])
  const articleWords = useMemo(() => previewOf(page.article.document).words, [page.article])
  const wholeWords = useMemo(() => (page.wholePage ? previewOf(page.wholePage.document).words : 0), [page.wholePage])

  const submit = (): void => {
    const { document } = chosen
    const oldSite = document.meta.origin?.siteName ?? ''
    const site = siteName.replace(/\s+/g, ' ').trim()
    const withMeta: ArticleDocument = {
      ...document,
      meta: {
        ...withHeadline({ ...document.meta, slug: '' }, headline.replace(/\s+/g, ' ').trim()),
        byline: byline.split(/\s*(?:,|;|\band\b)\s*/).map((name) => name.trim()).filter(Boolean),
        dek: dek.trim(),
        published: publishedOn(document.meta.published, published),
        origin: site || document.meta.origin?.url ? { siteName: site, url: document.meta.origin?.url ?? '' } : null
      },
      // The site is the story's publication source: renamed with it, gone when the name is cleared.
      sources: document.sources.flatMap((source) => (source.kind === 'publication' && source.name === oldSite ? (site ? [{ ...source, name: site }] : []) : [source]))
    }
    onDone({ document: withMeta, notice: chosen.notice })
  }

  return (
    <FormDialog title="Import web page" titleId="import-page-title" className="import-page-dialog" submitLabel="Import" onSubmit={submit} onClose={() => onDone(null)}>
      <p className="field-hint">“{page.name}”. Correct anything the page got wrong; all of it can be changed later too.</p>
      <fieldset className="format-list">
        <legend>Bring in</legend>
        <label className="checkbox">
          <input type="radio" name="page-version" checked={!whole} onChange={() => setWhole(false)} />
          {EXTRACTION_LABELS[page.method]} <span className="field-hint">{articleWords.toLocaleString('en')} words</span>
        </label>
        {page.wholePage && (
          <label className="checkbox">
            <input type="radio" name="page-version" checked={whole} onChange={() => setWhole(true)} />
            The whole page: menus, links and comments too <span className="field-hint">{wholeWords.toLocaleString('en')} words</span>
          </label>
        )}
      </fieldset>
      <div className="import-page-fields">
        <label>
          Headline
          <input value={headline} onChange={(event) => setHeadline(event.target.value)} maxLength={300} />
        </label>
        <label>
          Byline <span className="field-hint">(commas between authors)</span>
          <input value={byline} onChange={(event) => setByline(event.target.value)} />
        </label>
        <label>
          Dek
          <textarea rows={2} value={dek} onChange={(event) => setDek(event.target.value)} maxLength={1000} />
        </label>
        <div className="field-row">
          <label>
            Published
            <input type="date" value={published} onChange={(event) => setPublished(event.target.value)} />
          </label>
          <label>
            Site <span className="field-hint">(a publication source: quotes from it are second-hand)</span>
            <input value={siteName} onChange={(event) => setSiteName(event.target.value)} maxLength={200} />
          </label>
        </div>
        {meta.origin?.url && <p className="field-hint import-page-url">From {meta.origin.url}</p>}
      </div>
      {/* Focusable, so that the preview scrolls from the keyboard too. */}
      <section className="import-preview" aria-label="Preview of the text" tabIndex={0}>
        <h3>
          Preview <span className="field-hint">{preview.words.toLocaleString('en')} words</span>
        </h3>
        {preview.paragraphs.length ? preview.paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>) : <p className="field-hint">No text.</p>}
        {preview.more > 0 && <p className="field-hint">…and {preview.more.toLocaleString('en')} more paragraphs.</p>}
      </section>
    </FormDialog>
  )
}

function previewOf(document: ArticleDocument): { words: number; paragraphs: string[]; more: number } {
  const text = bodyText(document.body)
  const paragraphs = text.split('\n').map((line) => line.trim()).filter(Boolean)
  return {
    words: countWords(text),
    paragraphs: paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((line) => (line.length > PREVIEW_CHARACTERS ? `${line.slice(0, PREVIEW_CHARACTERS)}…` : line)),
    more: Math.max(0, paragraphs.length - PREVIEW_PARAGRAPHS)
  }
}
