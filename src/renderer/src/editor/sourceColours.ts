import type { Body } from '../../../shared/article/body'
import type { Source } from '../../../shared/article/sources'
import { textNodesInOrder } from '../../../shared/article/textNodes'

/** Number of source colours in app.css (.cd-colour-0 … -11): twelve hues, with four line styles as a second cue. */
export const SOURCE_COLOURS = 12

/**
 * Each source's colour in the open story. Sources are numbered in the order the story first quotes them (then
 * the rest of the list), so the first twelve speakers never share a colour and neighbours in a paragraph differ.
 * A source added while writing takes the next number. Read every time a quote is drawn, so a plain map.
 */
let colourOf = new Map<string, number>()

/** Numbers a story's sources afresh: called when a story is loaded, before its editor draws a mark. */
export function assignSourceColours(body: Body, sources: readonly Source[]): void {
  colourOf = new Map()
  for (const { node, sourcedBlock } of textNodesInOrder(body)) {
    if (sourcedBlock) sourceColour(sourcedBlock.sourceId)
    for (const mark of node.marks ?? []) if ((mark.type === 'quote' || mark.type === 'attribution') && mark.attrs.sourceId) sourceColour(mark.attrs.sourceId)
  }
  for (const source of sources) sourceColour(source.id)
}

/** The colour number of a source (the next one for a source not seen before), or -1 for none. */
export function sourceColour(sourceId: string | null | undefined): number {
  if (!sourceId) return -1
  let colour = colourOf.get(sourceId)
  if (colour === undefined) {
    colour = colourOf.size % SOURCE_COLOURS
    colourOf.set(sourceId, colour)
  }
  return colour
}

/** The colour class for a source's quotes, or none for an unattributed one. */
export function sourceColourClass(sourceId: string | null | undefined): string {
  const colour = sourceColour(sourceId)
  return colour < 0 ? '' : `cd-colour-${colour}`
}
