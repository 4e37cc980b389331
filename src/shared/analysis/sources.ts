import { isPersonNoun, NAME_PARTICLES } from './lexicon'
import type { NameMention } from './mentions'
import { NearSpellings } from './nearSpellings'
import type { FoundSource, SourceKind } from './types'

export interface SourceRecord extends FoundSource {
  /** Every role the text gives this source, in order, with where it was given. */
  roles: { role: string; start: number; end: number; appositive: boolean }[]
}

const lastWord = (name: string): string => name.split(/\s+/).pop()!.toLowerCase()
const MOST_SURNAME_WORDS = 3
const PARTICLES = new Set<string>(NAME_PARTICLES)

/**
 * The people and bodies a story names, and how a later mention ("Krutsky", "KCNA", "Ms Bauchtman") maps back
 * to the full name introduced elsewhere. Every lookup goes through a map kept as records are added, so
 * resolving a mention does not depend on how many sources came before it.
 */
export class SourceRegistry {
  readonly records: SourceRecord[] = []
  /** Mentions that matched a source only by a near spelling: [mention, source index]. */
  readonly misspellings: { mention: NameMention; index: number }[] = []
  /** Surnames and first names (lower case) of people with full names, and one-word names of people, as they join. */
  readonly knownWords: string[] = []
  private readonly byName = new Map<string, number>()
  /** Name or alias → the first record it names. */
  private readonly byNameOrAlias = new Map<string, number>()
  private readonly aliasSets: Set<string>[] = []
  private readonly nearSpellings = new NearSpellings()
  private readonly bySurname = new Map<string, number>()
  private readonly firstNames = new Set<string>()
  private readonly spokenNames = new Set<string>()
  /** First word as written → how many people records start with it, and the first of them. */
  private readonly byFirstWord = new Map<string, { count: number; index: number }>()

  /** Registers the full names of the text (two words or more) so that surnames can be resolved later. */
  learn(mentions: NameMention[]): void {
    for (const mention of mentions) {
      if (mention.possessive && mention.kind !== 'person') continue
      const surnameOf = this.bySurname.get(mention.name.toLowerCase())
      if (mention.kind === 'person' && surnameOf !== undefined) this.addAlias(surnameOf, mention.name)
      else if (mention.kind === 'person' && mention.name.includes(' ')) this.ensure(mention.name, 'person')
      else if (mention.kind === 'organisation' || mention.kind === 'publication') {
        if (mention.name.includes(' ') || mention.kind === 'publication') this.ensure(mention.name, mention.kind)
      }
    }
  }

  /** Sources known from elsewhere, with their roles and aliases, registered before the text's own. */
  seed(sources: readonly FoundSource[]): void {
    for (const { name, kind, role, aliases } of sources) {
      const index = this.ensure(name, kind)
      if (role) this.records[index]!.roles.push({ role, start: -1, end: -1, appositive: false })
      for (const alias of aliases) this.addAlias(index, alias)
    }
  }

  ensure(name: string, kind: SourceKind): number {
    const existing = this.byName.get(name)
    if (existing !== undefined) return existing
    const index = this.records.push({ name, role: '', kind, aliases: [], roles: [] }) - 1
    this.aliasSets.push(new Set())
    this.byName.set(name, index)
    if (!this.byNameOrAlias.has(name)) this.byNameOrAlias.set(name, index)
    if (kind === 'person') {
      const firstWord = name.split(' ')[0]!
      const same = this.byFirstWord.get(firstWord)
      if (same) same.count++
      else this.byFirstWord.set(firstWord, { count: 1, index })
      if (name.includes(' ')) {
        const surname = lastWord(name)
        this.nearSpellings.add(surname, index)
        // Every way of writing the surname: "Aalst" and "van Aalst" for Benedikt van Aalst, "Santos Ibarra" and "Ibarra"
        // (three words at most, as in "de la Vega": a run of capitalised words is not a name of thousands).
        const words = name.toLowerCase().split(' ')
        for (let from = Math.max(1, words.length - MOST_SURNAME_WORDS); from < words.length; from++) {
          const key = words.slice(from).join(' ')
          if (!this.bySurname.has(key)) this.bySurname.set(key, index)
        }
        // A Spanish double surname: "Mr. Echevarría" for Rubén Echevarría de la Vega, the word before the particles.
        const beforeParticle = words.findIndex((word, at) => at >= 1 && PARTICLES.has(words[at + 1] ?? ''))
        if (beforeParticle !== -1 && !this.bySurname.has(words[beforeParticle]!)) this.bySurname.set(words[beforeParticle]!, index)
        this.firstNames.add(firstWord.toLowerCase())
        this.knownWords.push(surname, firstWord.toLowerCase())
      } else {
        // Someone the story names by one word only ("Kim countered"): known from here on, for "he said". A word
        // for a kind of person ("Officials said", "Police told") speaks, but is never a he or she.
        if (!isPersonNoun(name)) this.knowPerson(name)
      }
    }
    return index
  }

  /** A one-word name the story uses for a person (it speaks): known from here on, for "he said". */
  knowPerson(name: string): void {
    const word = name.toLowerCase()
    if (!this.spokenNames.has(word)) {
      this.spokenNames.add(word)
      this.knownWords.push(word)
    }
  }

  /** The full name a one-word name stands for (a surname of a person the story names in full), without resolving it. */
  fullNameOf(word: string): string | null {
    const index = this.bySurname.get(word.toLowerCase())
    return index === undefined ? null : this.records[index]!.name
  }

  /** The record with exactly this name. */
  named(name: string): SourceRecord | undefined {
    const index = this.byName.get(name)
    return index === undefined ? undefined : this.records[index]
  }

  addAlias(index: number, alias: string): void {
    const record = this.records[index]!
    if (alias === record.name || this.aliasSets[index]!.has(alias)) return
    record.aliases.push(alias)
    this.aliasSets[index]!.add(alias)
    const earlier = this.byNameOrAlias.get(alias)
    if (earlier === undefined || earlier > index) this.byNameOrAlias.set(alias, index)
  }

  /** True for a full name, or a single name that matches a full name the story gives. */
  isKnownPerson(mention: NameMention): boolean {
    if (mention.kind === 'person') return true
    if (mention.kind !== 'unknown') return false
    const word = mention.name.toLowerCase()
    return this.bySurname.has(word) || this.firstNames.has(word)
  }

  /** The source a name mention refers to, creating it when the text has not named it before. */
  resolve(mention: NameMention): number {
    const { name } = mention
    const exact = this.byNameOrAlias.get(name)
    if (exact !== undefined) return exact
    if (mention.kind !== 'publication') {
      const bySurname = this.bySurname.get(name.toLowerCase())
      if (bySurname !== undefined) {
        this.addAlias(bySurname, name)
        return bySurname
      }
    }
    if (!name.includes(' ') && mention.kind !== 'publication') {
      const surname = name.toLowerCase()
      if (surname.length >= 6) {
        const near = this.nearSpellings.first(surname)
        if (near !== null) {
          this.misspellings.push({ mention, index: near })
          this.addAlias(near, name)
          return near
        }
      }
    }
    if (!name.includes(' ') && mention.kind === 'unknown') {
      // A first name used alone ("Thomas" for Thomas Sam), when only one person has it.
      const byFirstName = this.byFirstWord.get(name)
      if (byFirstName?.count === 1) {
        this.addAlias(byFirstName.index, name)
        return byFirstName.index
      }
    }
    const kind: SourceKind = mention.kind === 'unknown' || mention.kind === 'place' ? 'person' : mention.kind
    return this.ensure(name, kind)
  }
}
