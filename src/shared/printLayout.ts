import { escapeXml } from './export/escape'

/** How a story is laid out as a PDF, read by Electron's printToPDF and by Chromium's in the tests alike. */
export interface PdfLayout {
  /** Chromium's page footer: the slug on the left, "page / pages" on the right. */
  footerTemplate: string
  /** An empty header (Chromium would otherwise print the date and the page's title). */
  headerTemplate: string
  /** Page margins in inches: room for the footer. */
  margins: { top: number; bottom: number; left: number; right: number }
}

/** The footer carries the story's slug (escaped: it is the story's text) and the page number of the total. */
export function pdfLayout(slug: string): PdfLayout {
  return {
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font: 8pt sans-serif; color: #555; width: 100%; margin: 0 0.7in; display: flex; justify-content: space-between;">' +
      `<span>${escapeXml(slug)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    margins: { top: 0.7, bottom: 0.8, left: 0.7, right: 0.7 }
  }
}
