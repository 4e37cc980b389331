import { DOCUMENT_NOUNS, ORGANISATION_WORDS } from './lexicon'
import { isEpithet } from './describedBefore'
import type { NamedDocument } from './documents'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'
import { lowerBound } from './text'

const DOCUMENT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS.join('|')})s?\b`, 'i')
/** The words that make a name an organisation, in lower case: what "the ministry" or "the council" is short for. */
const ORGANISATION_HEADS = new Set(ORGANISATION_WORDS.map((word) => word.toLowerCase()))
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'and', 'to', 'by', 'with', 'from', 'field'])

/**
 * How many of the roles a story gives its sources a description ("the harbour official") is compared with, the
 * first ones given (each distinct role of a source once). A news story gives far fewer; the bound keeps a page of
 * thousands of introductions from costing a comparison per pair.
 */
const DESCRIBED_ROLES = 1_000
/** A document named by what it is, in at most this many words ("statement of claim"); longer is a description. */
const MOST_DOCUMENT_WORDS = 5
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(DOCUMENT_NOUNS)
/** How far back (in characters) an epithet looks for the person it refers to: a sentence or two. */
const EPITHET_REACH = 300
/** How far back (in names) a description shared by several sources looks for the one named last. */
const LOOK_BACK_NAMES = 300

/**
 * Who a description in the story stands for: "the report" → the document named last before it, "the ministry" →
 * the last organisation named with that word, "the special representative of the president" → the source whose
 * role shares its words. Each lookup is a binary search or a memo, built when first asked.
 */
export class DescribedSources {
  private readonly byWords = new Map<string, number[]>()
  private describedRoles: { index: number; words: Set<string> }[] | null = null
  /** Organisations named in the text, by each organisation word of their name, in text order. */
  private bodiesByWord: Map<string, NameMention[]> | null = null

  constructor(
    /** Name mentions outside quotations, in text order. */
    private readonly names: readonly NameMention[],
    private readonly registry: SourceRegistry,
    /** Documents named in the text ("Robert Mueller’s report"), as source indices with where they are named, in text order. */
    private readonly documents: readonly NamedDocument[]
  ) {}

  /** The source a description stands for, or null when the story names none that fits. */
  resolve(words: string, offset: number): number | null {
    if (DOCUMENT.test(words)) {
      const document = this.documents[lowerBound(this.documents, (d) => d.start < offset) - 1]
      // "The statement of claim … alleges": a document the story names by what it is speaks as that document.
      const name = words.replace(/^(?:the|a|an)\s+/i, '')
      if (!document) return isDocumentName(name) ? this.registry.ensure(name, 'document') : null
      return 'source' in document ? document.source : this.registry.resolve(document.author)
    }
    const body = this.bodyNamedBefore(words, offset)
    if (body !== null) return body
    if (!this.byWords.has(words)) this.byWords.set(words, this.roleMatches(contentWords(words), headWord(words)))
    const matches = this.byWords.get(words)!
    if (matches.length > 1) return this.lastNamedOf(matches, offset)
    if (matches.length === 1) return matches[0]!
    return isEpithet(words) ? this.personJustNamed(offset) : null
  }

  /**
   * Who an epithet the story's roles do not explain ("the Republican nominee") refers back to: the last person
   * named in the few hundred characters before it, unless the story gave that person a role of their own.
   */
  private personJustNamed(offset: number): number | null {
    for (let i = lowerBound(this.names, (m) => m.start < offset) - 1; i >= 0 && offset - this.names[i]!.start <= EPITHET_REACH; i--) {
      const name = this.names[i]!
      if (name.kind !== 'person' || name.possessive) continue
      const index = this.registry.resolve(name)
      return this.registry.records[index]!.roles.length === 0 ? index : null
    }
    return null
  }

  /**
   * "the ministry", "the council", "the committee": the last organisation named before `offset` whose name holds
   * the description's last word ("Ministry of Health", "Police Chiefs’ Council of Canada").
   */
  private bodyNamedBefore(words: string, offset: number): number | null {
    const head = words.split(/\s+/).at(-1)!.toLowerCase()
    if (!ORGANISATION_HEADS.has(head)) return null
    if (!this.bodiesByWord) {
      this.bodiesByWord = new Map()
      for (const name of this.names) {
        if (name.kind !== 'organisation' && name.kind !== 'publication') continue
        for (const word of new Set(name.name.toLowerCase().split(/[^\p{L}]+/u))) {
          if (!ORGANISATION_HEADS.has(word)) continue
          const list = this.bodiesByWord.get(word)
          if (list) list.push(name)
          else this.bodiesByWord.set(word, [name])
        }
      }
    }
    const named = this.bodiesByWord.get(head)
    const last = named?.[lowerBound(named, (m) => m.start < offset) - 1]
    return last ? this.registry.resolve(last) : null
  }

  /**
   * The sources a description can stand for: the first whose role shares the most words (two or more) with it;
   * failing that, every source whose role holds the description's head noun ("the mayor" for Mayor Jane Holt,
   * "the spokesperson" for "Jeff Rathke, a spokesperson for the department").
   */
  private roleMatches(wanted: Set<string>, head: string | undefined): number[] {
    // Roles are all known once attribution starts (sources found later have none), so they are read once.
    this.describedRoles ??= this.firstRoles()
    let best: { index: number; score: number } | null = null
    const byHead = new Set<number>()
    for (const role of this.describedRoles) {
      const score = overlap(wanted, role.words)
      if (score >= 2 && (!best || score > best.score)) best = { index: role.index, score }
      if (head && role.words.has(head)) byHead.add(role.index)
    }
    return best ? [best.index] : [...byHead]
  }

  /**
   * Of several sources a description fits ("the president" where a story names two), the one named last before
   * `offset`, looking back at most a few hundred names; the first of them when none is that close.
   */
  private lastNamedOf(indices: number[], offset: number): number {
    for (let i = lowerBound(this.names, (m) => m.start < offset) - 1, seen = 0; i >= 0 && seen < LOOK_BACK_NAMES; i--, seen++) {
      const name = this.names[i]!
      if (name.kind !== 'person' && name.kind !== 'organisation') continue
      const index = this.registry.resolve(name)
      if (indices.includes(index)) return index
    }
    return indices[0]!
  }

  private firstRoles(): { index: number; words: Set<string> }[] {
    const roles: { index: number; words: Set<string> }[] = []
    this.registry.records.forEach((record, index) => {
      for (const role of new Set(record.roles.map((r) => r.role))) if (roles.length < DESCRIBED_ROLES) roles.push({ index, words: contentWords(role) })
    })
    return roles
  }
}

/** The description's last content word, its head noun: "mayor" in "the longtime mayor". */
function headWord(words: string): string | undefined {
  return [...contentWords(words)].at(-1)
}

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w))
  )
}

function overlap(a: Set<string>, b: Set<string>): number {
  let count = 0
  for (const word of a) if (b.has(word)) count++
  return count
}

/** Whether a description names a document by its head noun: "statement of claim", "lawsuit"; not "report's authors". */
function isDocumentName(words: string): boolean {
  const list = words.toLowerCase().split(/\s+/)
  const of = list.indexOf('of')
  const head = (of > 0 ? list[of - 1] : list.at(-1))!.replace(/s$/, '')
  return list.length <= MOST_DOCUMENT_WORDS && DOCUMENT_HEADS.has(head)
}
