import { ID_PATTERN } from '../../../../shared/article/sources'

/** Number of source colours in app.css (.cd-colour-0 … -11). */
export const SOURCE_COLOURS = 12

const colourOfId = new Map<string, number>()

/** A stable colour for a source id, so the same source keeps its colour across sessions and machines. */
export function sourceColour(sourceId: string | null | undefined): number {
  if (!sourceId) return -1
  // Remembered: every quote mark asks when it is drawn, thousands of times when a long story opens.
  let colour = colourOfId.get(sourceId)
  if (colour === undefined) {
    let hash = 0
    for (const char of sourceId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
    colour = hash % SOURCE_COLOURS
    colourOfId.set(sourceId, colour)
  }
  return colour
}

/** The colour class for a source's quotes, or none for an unattributed one. */
export function sourceColourClass(sourceId: string | null | undefined): string {
  const colour = sourceColour(sourceId)
  return colour < 0 ? '' : `cd-colour-${colour}`
}

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
