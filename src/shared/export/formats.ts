/**
 * The export formats, by name: what the page and the IPC contract need, without the exporters themselves (which
 * bring Markdown and XML code the renderer never runs).
 */
export const EXPORT_FORMATS = {
  fragment: { label: 'CMS HTML fragment', extension: 'html' },
  page: { label: 'Standalone HTML page', extension: 'html' },
  wordpress: { label: 'WordPress post (REST JSON)', extension: 'json' },
  markdown: { label: 'Markdown', extension: 'md' },
  nitf: { label: 'NITF 3.6 XML', extension: 'xml' }
} as const

export type ExportFormat = keyof typeof EXPORT_FORMATS
