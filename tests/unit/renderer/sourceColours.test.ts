import { describe, expect, it } from 'vitest'
import type { Body } from '../../../src/shared/article/body'
import { newSource } from '../../../src/shared/article/sources'
import { assignSourceColours, SOURCE_COLOURS, sourceColour } from '../../../src/renderer/src/editor/sourceColours'

const quoteOf = (sourceId: string, text: string) => ({ type: 'text' as const, text, marks: [{ type: 'quote' as const, attrs: { id: `q-${sourceId}-${text.length}`, sourceId, kind: 'direct' as const } }] })

describe('source colours', () => {
  it('number sources in the order the story first quotes them, then the rest of the list; a new one takes the next', () => {
    const sources = ['s-a', 's-b', 's-c', 's-d'].map((id) => ({ ...newSource({ name: id }), id }))
    const body: Body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [quoteOf('s-c', '“One,”'), { type: 'text', text: ' and ' }, quoteOf('s-a', '“two.”')] },
        { type: 'blockquote', attrs: { id: 'q-block', sourceId: 's-d' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A letter.' }] }] },
        { type: 'paragraph', content: [quoteOf('s-c', '“Three.”')] }
      ]
    }
    assignSourceColours(body, sources)
    expect(['s-c', 's-a', 's-d', 's-b'].map(sourceColour)).toEqual([0, 1, 2, 3])
    expect(sourceColour('s-new')).toBe(4)
    expect(sourceColour(null)).toBe(-1)
  })

  it('gives the first twelve sources twelve different colours, whatever their ids', () => {
    const sources = Array.from({ length: SOURCE_COLOURS }, (_, i) => newSource({ name: `Source ${i}` }))
    assignSourceColours({ type: 'doc', content: [] }, sources)
    expect(new Set(sources.map((s) => sourceColour(s.id))).size).toBe(SOURCE_COLOURS)
  })
})
