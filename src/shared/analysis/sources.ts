import type { NameMention } from './mentions'
import type { FoundSource, SourceKind } from './types'

export interface SourceRecord extends FoundSource {
  /** Every role the text gives this source, in order, with where it was given. */
  roles: { role: string; start: number; end: number; appositive: boolean }[]
}

/** Edit distance, for names spelled two ways in one story ("Buchtmann" / "Bauchtman"). */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return previous[b.length]!
}

const lastWord = (name: string): string => name.split(/\s+/).pop()!.toLowerCase()

/**
 * The people and bodies a story names, and how a later mention ("Krutsky", "KCNA", "Ms Bauchtman") maps back
 * to the full name introduced elsewhere.
 */
export class SourceRegistry {
  readonly records: SourceRecord[] = []
  /** Mentions that matched a source only by a near spelling: [mention, source index]. */
  readonly misspellings: { mention: NameMention; index: number }[] = []

  /** Registers the full names of the text (two words or more) so that surnames can be resolved later. */
  learn(mentions: NameMention[]): void {
    for (const mention of mentions) {
      if (mention.possessive && mention.kind !== 'person') continue
      if (mention.kind === 'person' && mention.name.includes(' ')) this.ensure(mention.name, 'person')
      else if (mention.kind === 'organisation' || mention.kind === 'publication') {
        if (mention.name.includes(' ') || mention.kind === 'publication') this.ensure(mention.name, mention.kind)
      }
    }
  }

  ensure(name: string, kind: SourceKind): number {
    const existing = this.records.findIndex((r) => r.name === name)
    if (existing !== -1) return existing
    this.records.push({ name, role: '', kind, aliases: [], roles: [] })
    return this.records.length - 1
  }

  addAlias(index: number, alias: string): void {
    const record = this.records[index]!
    if (alias !== record.name && !record.aliases.includes(alias)) record.aliases.push(alias)
  }

  /** True for a full name, or a single name that matches a full name the story gives. */
  isKnownPerson(mention: NameMention): boolean {
    if (mention.kind === 'person') return true
    if (mention.kind !== 'unknown') return false
    const word = mention.name.toLowerCase()
    return this.records.some((r) => r.kind === 'person' && r.name.includes(' ') && (lastWord(r.name) === word || r.name.split(' ')[0]!.toLowerCase() === word))
  }

  /** The source a name mention refers to, creating it when the text has not named it before. */
  resolve(mention: NameMention): number {
    const { name } = mention
    const exact = this.records.findIndex((r) => r.name === name || r.aliases.includes(name))
    if (exact !== -1) return exact
    if (!name.includes(' ') && mention.kind !== 'publication') {
      const surname = name.toLowerCase()
      const bySurname = this.records.findIndex((r) => r.kind === 'person' && r.name.includes(' ') && lastWord(r.name) === surname)
      if (bySurname !== -1) {
        this.addAlias(bySurname, name)
        return bySurname
      }
      if (surname.length >= 6) {
        const near = this.records.findIndex(
          (r) => r.kind === 'person' && r.name.includes(' ') && editDistance(lastWord(r.name), surname) <= 2
        )
        if (near !== -1) {
          this.misspellings.push({ mention, index: near })
          this.addAlias(near, name)
          return near
        }
      }
    }
    if (!name.includes(' ') && mention.kind === 'unknown') {
      // A first name used alone ("Thomas" for Thomas Sam), when only one person has it.
      const byFirstName = this.records.filter((r) => r.kind === 'person' && r.name.split(' ')[0] === name)
      if (byFirstName.length === 1) {
        const index = this.records.indexOf(byFirstName[0]!)
        this.addAlias(index, name)
        return index
      }
    }
    const kind: SourceKind = mention.kind === 'unknown' || mention.kind === 'place' ? 'person' : mention.kind
    return this.ensure(name, kind)
  }
}
