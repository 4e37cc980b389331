import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../../src/shared/analysis'
import { findQuotationSpans } from '../../../../src/shared/analysis/quotationSpans'

const texts = (text: string): string[] => findQuotationSpans(text).map((s) => text.slice(s.start, s.end))

describe('quotation spans', () => {
  it('finds curly and straight quotes, marks included', () => {
    expect(texts('“One,” she said. "Two," he said.')).toEqual(['“One,”', '"Two,"'])
  })

  it('keeps nested single quotes and apostrophes inside the outer quote', () => {
    expect(texts('“He called it ‘madness’, and Russia’s answer was no,” she said.')).toEqual(['“He called it ‘madness’, and Russia’s answer was no,”'])
  })

  it('joins a quote over several paragraphs where only the last closes', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph, which ends it.”\n\nNarration.'
    expect(texts(text)).toEqual(['“First paragraph of the quote.\n\n“Second paragraph, which ends it.”'])
    expect(findQuotationSpans(text)[0]!.closed).toBe(true)
  })

  it('reports an unclosed quote, ending it with its paragraph, and a stray closing mark', () => {
    const text = '“Never closed, she said.\n\nNarration ” here.'
    const spans = findQuotationSpans(text)
    expect(spans.map((s) => [text.slice(s.start, s.end), s.closed, s.strayClose])).toEqual([
      ['“Never closed, she said.', false, false],
      ['”', false, true]
    ])
    expect(analyzeText(text).flags.filter((f) => f.rule === 'unbalanced-quotes')).toHaveLength(2)
  })
})

describe('speaker patterns', () => {
  const speakerOf = (text: string): [string | null, string | null] => {
    const quote = analyzeText(text).quotes.find((q) => q.kind !== 'paraphrase')!
    return [quote.speaker.name, quote.cue?.text ?? null]
  }
  it.each([
    ['quote-cue-speaker', 'Jane Doe arrived. “We will win,” said Ambassador Doe.', 'Jane Doe', 'said'],
    ['quote-speaker-cue', '“We will win,” Jane Doe said.', 'Jane Doe', 'said'],
    ['speaker-cue-quote', 'Jane Doe said: “We will win.”', 'Jane Doe', 'said'],
    ['according to X', 'The port is closed, “for now”, according to Harbour Authority officials.', 'Harbour Authority', 'according to'],
    ['X told Y that … “partial”', 'Jane Doe told reporters that the plan was “unworkable”.', 'Jane Doe', 'told'],
    ['a pronoun', 'Jane Doe left the room. “We will win,” she said.', 'Jane Doe', 'said'],
    ['a surname', 'Jane Doe spoke first. Later, “we will win,” Doe said.', 'Jane Doe', 'said'],
    ['a description', 'Jane Doe, the harbour master of the port, spoke. “We will win,” the harbour master added.', 'Jane Doe', 'added'],
    ['an organisation', '“We will appeal,” the Transport Ministry said.', 'Transport Ministry', 'said']
  ])('%s', (_pattern, text, speaker, cue) => {
    expect(speakerOf(text)).toEqual([speaker, cue])
  })
})

describe('speaker flags', () => {
  it('flags a speaker the story describes but never names', () => {
    const text = '“The bridge will open in May,” the mayor said.'
    const analysis = analyzeText(text)
    expect(analysis.quotes[0]!.speaker).toEqual({ name: null, start: 31, end: 40 })
    expect(analysis.flags.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['anonymous', 'the mayor']])
  })

  it('flags a quote with no speaker at all', () => {
    const analysis = analyzeText('The vote was close.\n\n“It was a disgrace.”')
    expect(analysis.flags.map((f) => f.rule)).toEqual(['no-speaker'])
  })

  it('flags a name spelled two ways', () => {
    const text = 'Lydia Buchtmann spoke first. “We need more time,” Ms Bauchtman said.'
    const analysis = analyzeText(text)
    expect(analysis.quotes[0]!.speaker.name).toBe('Lydia Buchtmann')
    expect(analysis.flags.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['name-spelling', 'Bauchtman']])
  })
})
