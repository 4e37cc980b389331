import { ID_PATTERN } from '../../../../shared/article/sources'

/** The `sourceId` attribute shared by quotes, attributions and block quotes: `data-source-id` in HTML. */
export function sourceIdAttribute() {
  return {
    default: null,
    // Pasted HTML may carry anything here; only a well-formed id survives.
    parseHTML: (element: HTMLElement) => validId(element.getAttribute('data-source-id')),
    renderHTML: (attributes: Record<string, unknown>) => (attributes.sourceId ? { 'data-source-id': attributes.sourceId } : {})
  }
}

/** An id from HTML, or null when it is missing or not of the form the file format accepts. */
export function validId(value: string | null): string | null {
  return value !== null && ID_PATTERN.test(value) ? value : null
}
