import type { ArticleDocument } from '../article/document'
import { exportFragment } from './html'
import { exportMarkdown } from './markdown'
import { exportNitf } from './nitf'
import { exportPage } from './page'
import { exportWordpress } from './wordpress'

import type { ExportFormat } from './formats'

export { EXPORT_FORMATS, type ExportFormat } from './formats'

export interface ExportOptions {
  attribution?: boolean
  date?: Date
}

/** One article in one format. Private source notes, review notes and suggestions are never part of it. */
export function exportArticle(document: ArticleDocument, format: ExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'fragment':
      return exportFragment(document, options)
    case 'page':
      return exportPage(document, options)
    case 'wordpress':
      return exportWordpress(document, options)
    case 'markdown':
      return exportMarkdown(document)
    case 'nitf':
      return exportNitf(document, options)
  }
}
