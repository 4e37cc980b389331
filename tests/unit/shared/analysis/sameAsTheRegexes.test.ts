import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findAcronyms } from '../../../../src/shared/analysis/acronyms'
import { findAnonymousSources } from '../../../../src/shared/analysis/anonymousSources'
import { CommaGaps } from '../../../../src/shared/analysis/commaGaps'
import { findCues } from '../../../../src/shared/analysis/cues'
import { DescriptionsBefore, isEpithet } from '../../../../src/shared/analysis/describedBefore'
import { GrowingIndexSet } from '../../../../src/shared/analysis/growingIndexSet'
import { findNameMentions } from '../../../../src/shared/analysis/mentions'
import { NearSpellings } from '../../../../src/shared/analysis/nearSpellings'
import { passiveSubjectBefore, thatClauses } from '../../../../src/shared/analysis/paraphrases'
import { findQuotationSpans } from '../../../../src/shared/analysis/quotationSpans'
import { describesSpeaker, SpeakerBefore } from '../../../../src/shared/analysis/speakerBefore'
import { SuffixNames } from '../../../../src/shared/analysis/suffixNames'
import { blankSkipper, insideSpans, isBlank, sentencesOf, withinSpans } from '../../../../src/shared/analysis/text'

/**
 * The engine's linear parts replaced regexes and scans that were quadratic on long runs. Each must find exactly
 * what the code it replaced found, on every text: here the replaced code is the reference, run side by side
 * with the new on random texts built from the pieces that matter to it.
 */
const textOf = (pieces: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''))
const RUNS = { numRuns: 300 }

describe('each linear part of the engine finds what the code it replaced found', () => {
  it('isBlank and blankSkipper: /\\s/ for every UTF-16 code unit, and the first non-blank after any offset', () => {
    for (let code = 0; code < 0x10000; code++) expect(isBlank(String.fromCharCode(code)), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)))
    fc.assert(
      fc.property(textOf([' ', '\n', '\t', 'a', '\u00a0']), fc.array(fc.nat(), { maxLength: 20 }), (text, offsets) => {
        const skip = blankSkipper(text)
        for (const offset of offsets.map((o) => o % (text.length + 1))) expect(skip(offset)).toBe(offset + (/^\s*/.exec(text.slice(offset))![0].length))
      }),
      RUNS
    )
  })

  it('comma pairs: a clause break outside them, as gap.replace(/,\\s+[^,;]*,/g, "") left it', () => {
    fc.assert(
      fc.property(textOf([',', ', ', ',  ', 'a', ' ', '.', ';', '!', '“', '”', '"', '\n']), (text) => {
        const gaps = new CommaGaps(text)
        for (let from = 0; from <= text.length; from++) {
          for (let to = from; to <= text.length; to++) {
            expect(gaps.hasBreak(from, to), JSON.stringify(text.slice(from, to))).toBe(/[.;!?“”"]/.test(text.slice(from, to).replace(/,\s+[^,;]*,/g, '')))
          }
        }
      }),
      RUNS
    )
  })

  it('descriptions before a cue: the leftmost match of the regex anchored at the end', () => {
    const DESCRIBED = /\b(the|The|another|Another|an|An|a|A|one|One)\s+((?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+)\s+(?:also\s+)?$/u
    fc.assert(
      fc.property(textOf(['the', 'The', ' the ', ' a ', 'an', 'One', 'another', 'also', 'mayor', ' ', '  ', '\n', 'x-', '’', '.', '1', 'é', 'a']), (text) => {
        const descriptions = new DescriptionsBefore(text)
        for (let offset = 0; offset <= text.length; offset++) {
          const found = descriptions.before(offset)
          // From the start of the text or after a character that is not a word character, as the engine asks.
          for (let from = 0; from <= offset; from++) {
            if (from > 0 && /\w/.test(text[from - 1]!)) continue
            const match = DESCRIBED.exec(text.slice(from, offset))
            const expected = match && { start: from + match.index, end: from + match.index + match[0].trimEnd().length, words: match[2], indefinite: !/^the$/i.test(match[1]!) }
            expect(found.find((d) => d.start >= from) ?? null, JSON.stringify([text, from, offset])).toEqual(expected)
          }
        }
      }),
      RUNS
    )
  })

  it('"that" after a cue and "It was" before it: what the two regexes matched', () => {
    const THAT = /^(?:\s+[^,;.]{0,60}?)?\s+that\s+/
    const PASSIVE = /\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+$/
    fc.assert(
      fc.property(
        textOf(['that', ' that ', 'It', 'it', ' was', ' is', ' has', ' had', ' been', ' ', '   ', '\n', ',', '.', ';', 'x', 'words ', 'a'.repeat(30), 'b']),
        (text) => {
          const thatEnd = thatClauses(text)
          for (let from = 0; from <= text.length; from++) {
            for (let to = from; to <= text.length; to++) {
              const that = THAT.exec(text.slice(from, to))
              expect(thatEnd(from, to), JSON.stringify([text.slice(from, to)])).toBe(that ? from + that[0].length : -1)
              const passive = PASSIVE.exec(text.slice(from, to))
              expect(passiveSubjectBefore(text, from, to), JSON.stringify([text.slice(from, to)])).toBe(passive ? from + passive.index : -1)
            }
          }
        }
      ),
      { numRuns: 150 }
    )
  })

  it('anonymous sources: the spans of the single regex with up to three words in front', () => {
    const ANONYMOUS =
      /\b(?:(?:[A-Z][.A-Za-z]*|senior|junior|top|government|administration|unnamed|anonymous|western|intelligence|military|local|federal|state|security|two|three|four|several|some|many|other)\s+){0,3}(?:officials|sources|a source|one source|an official|one official|people familiar with|persons familiar with|insiders|aides|diplomats|analysts)\b/g
    fc.assert(
      fc.property(textOf(['officials', 'sources', 'a source', 'people familiar with', 'senior', 'two', 'U.S.', 'US', 'Top', 'x', '-', '.', ' ', '  ', '\n', '1', 'A']), (text) => {
        const expected = [...text.matchAll(ANONYMOUS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
        expect(findAnonymousSources(text)).toEqual(expected)
      }),
      { numRuns: 1000 }
    )
  })

  it('acronyms in brackets: the capitalised words before each, as the single regex found them', () => {
    const ACRONYM = /([\p{Lu}][\p{L}]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}]*)+)\s+\(([\p{Lu}]{2,8})\)/gu
    fc.assert(
      fc.property(textOf(['Korean', 'News', 'Agency', 'of', 'the', 'xAb', ' ', '  ', '\n', '(KCNA)', '(AB)', '(a)', '-', 'É', '𝐀', '1']), (text) => {
        const expected = [...text.matchAll(ACRONYM)].map((m) => ({ name: m[1], acronym: m[2] }))
        expect(findAcronyms(text)).toEqual(expected)
      }),
      { numRuns: 1000 }
    )
  })

  it('names a text ends with: the first, as findIndex with endsWith found it', () => {
    fc.assert(
      fc.property(fc.array(textOf(['News', ' ', 'Agency', 'a', 'Ag']), { maxLength: 12 }), textOf(['News', ' ', 'Agency', 'a', 'Ag']), (names, text) => {
        expect(new SuffixNames(names).firstEndingOf(text)).toBe(names.findIndex((name) => text === name || text.endsWith(name)))
      }),
      { numRuns: 1000 }
    )
  })

  it('near spellings: the first surname within two edits, as an edit distance against each found it', () => {
    const distance = (a: string, b: string): number => {
      const row = Array.from({ length: b.length + 1 }, (_, j) => j)
      for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0]!
        row[0] = i
        for (let j = 1; j <= b.length; j++) {
          const above = row[j]!
          row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
          diagonal = above
        }
      }
      return row[b.length]!
    }
    const word = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 9 }).map((letters) => letters.join(''))
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), word, (surnames, misspelt) => {
        const near = new NearSpellings()
        surnames.forEach((surname, index) => near.add(surname, index))
        const expected = surnames.findIndex((surname) => distance(surname, misspelt) <= 2)
        expect(near.first(misspelt)).toBe(expected === -1 ? null : expected)
      }),
      { numRuns: 1000 }
    )
  })

  it('the speaker before a cue: what mentionsIn, the appositive, description and gap regexes picked', () => {
    fc.assert(
      fc.property(
        textOf(['Jane Doe', 'Doe', ' the mayor', ' a nurse', ' was', 'The', ' he', ' she', 'Them Group', ', a spokesman,', ', ', ',', ' said', ' told', ' also', ' by', ' by the', '’s', '“', '”', '«', '»', '.', ';', ' ', '\n', 'Paris', 'x']),
        (text) => {
          const quotations = findQuotationSpans(text).filter((q) => !q.strayClose)
          const sentences = sentencesOf(text, quotations)
          const insideQuote = insideSpans(quotations.map((q) => ({ start: q.start, end: q.end - 1 })))
          const names = findNameMentions(text).filter((m) => !insideQuote(m.start))
          const speakers = new SpeakerBefore(text, names, sentences, insideQuote)
          for (const cue of findCues(text, quotations)) {
            const sentence = sentences.find((s) => cue.start >= s.start && cue.start < s.end)!
            const froms = [sentence.start, ...quotations.filter((q) => q.end >= sentence.start && q.end <= cue.start).map((q) => q.end)]
            for (const from of froms) {
              expect(speakers.find(cue, from), JSON.stringify([text, cue.start, from])).toEqual(referenceSpeakerBefore(text, names, insideQuote, cue, from))
            }
          }
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('the growing index set and withinSpans: what a scan of every member found', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(63)), fc.nat(70), (members, from) => {
        const set = new GrowingIndexSet(64)
        members.forEach((member) => set.add(member))
        const after = members.filter((m) => m >= from)
        expect(set.firstFrom(from)).toBe(after.length ? Math.min(...after) : -1)
      }),
      RUNS
    )
    const lines = [{ start: 10, end: 20 }, { start: 2, end: 6 }, { start: 25, end: 30 }]
    const within = withinSpans(lines)
    for (let start = 0; start <= 32; start++) {
      for (let end = start; end <= 32; end++) expect(within({ start, end })).toBe(lines.some((l) => start >= l.start && end <= l.end))
    }
  })
})

/** The engine's speakerBefore as it was: every mention of the sentence so far, filtered, the last one kept. */
function referenceSpeakerBefore(
  text: string,
  names: ReturnType<typeof findNameMentions>,
  insideQuote: (offset: number) => boolean,
  cue: { start: number; end: number },
  from: number
): unknown {
  const head = text.slice(from, cue.start)
  const described = /\b(the|The|another|Another|an|An|a|A|one|One)\s+((?:[\p{L}’'-]+\s+){0,8}?[\p{L}’'-]+)\s+(?:also\s+)?$/u.exec(head)
  const appositives = [...head.matchAll(/,\s+(?:[\p{Ll}]|the\b|a\b|an\b)[^,;:“”"„«»]*,\s*/gu)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }))
  const mentions: { type: string; start: number; end: number; [key: string]: unknown }[] = names
    .filter((m) => m.start >= from && m.end <= cue.start && m.kind !== 'place')
    .map((m) => ({ type: 'name', start: m.start, end: m.end, mention: m }))
  for (const match of head.matchAll(/\b(he|she|it|they)\b/gi)) {
    const start = from + match.index
    if (!insideQuote(start)) mentions.push({ type: 'pronoun', start, end: start + match[0].length, word: match[0].toLowerCase() })
  }
  mentions.sort((a, b) => a.start - b.start)
  const candidates = mentions.filter(
    (m) =>
      !appositives.some((a) => m.start >= a.start && m.end <= a.end) &&
      !(m.type === 'name' && (m.mention as { possessive: boolean }).possessive) &&
      !/\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
  )
  const nearest = candidates.at(-1)
  const start = from + (described?.index ?? 0)
  const speaks = described && describesSpeaker(described[2]!)
  const plain = speaks && !/[A-Z]/.test(described[2]![0]!) && (!nearest || nearest.end <= start)
  // Since issue 12: an epithet ("the Jane Doe mayor") keeps the names inside it.
  const epithet = speaks && isEpithet(described[2]!) && (!nearest || nearest.end <= start || nearest.start >= start)
  if (described && (plain || epithet)) {
    return { type: 'description', start, end: start + described[0].trimEnd().length, words: described[2]!, indefinite: !/^the$/i.test(described[1]!) }
  }
  if (!nearest) return null
  if (/[.;!?“”"]/.test(text.slice(nearest.end, cue.start).replace(/,\s+[^,;]*,/g, ''))) return null
  return nearest
}
