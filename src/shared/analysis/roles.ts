import { ROLE_NOUNS } from './lexicon'
import type { NameMention } from './mentions'
import type { SourceRegistry } from './sources'
import { isBlank } from './text'
import type { Span } from './types'

/** A full name introduced again with an appositive, after an earlier introduction of the same source. */
export interface Reintroduction extends Span {
  name: string
  role: string
  previousRole: string
}

/**
 * Roles from appositives ("Andrei Krutsky, the Russian President’s special representative, …") and titles
 * ("Professor Eastman"), stored on the registry's records. Returns where a full name is introduced twice.
 */
export function learnRoles(text: string, registry: SourceRegistry, names: NameMention[]): Reintroduction[] {
  const reintroductions: Reintroduction[] = []
  const firstAppositive = new Map<number, { role: string }>()
  for (const mention of names) {
    if (mention.kind !== 'person') continue
    const index = registry.resolve(mention)
    const record = registry.records[index]!
    // Not a relative clause ("who voted against", "which …"): that says what someone did, not who they are.
    const appositive = mention.possessive ? null : /^,\s+((?:the|a|an|his|her|its|their)\s[^,;.]{3,160}?|(?!(?:who|whom|whose|which|that|where|when|while|after|before|as|if|because|although|though|since|speaking|saying|adding)\b)[\p{Ll}][^,;.]{2,100}?)(?=,|\.|;)/u.exec(text.slice(mention.end, mention.end + 200))
    if (appositive) {
      const role = appositive[1]!.trim()
      const previous = firstAppositive.get(index)
      const end = mention.end + appositive[0].length
      if (previous && mention.name.includes(' ')) reintroductions.push({ name: record.name, role, previousRole: previous.role, start: mention.start, end })
      record.roles.push({ role, start: mention.start, end, appositive: true })
      if (!previous) firstAppositive.set(index, { role })
    } else {
      // The regex ends in blanks: where none come before the name, it cannot match (and is not run).
      const described = isBlank(text[mention.start - 1]) ? ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 80), mention.start)) : null
      const role = [mention.title, described?.[1]].filter(Boolean).join(' ')
      if (role) record.roles.push({ role, start: mention.start, end: mention.end, appositive: false })
    }
  }
  for (const record of registry.records) {
    const distinct = [...new Set(record.roles.filter((r) => r.appositive).map((r) => r.role))]
    record.role = distinct[0] ?? record.roles[0]?.role ?? ''
  }
  return reintroductions
}

const ROLE_BEFORE_NAME = new RegExp(
  String.raw`((?:(?<![\p{L}-])(?!(?:of|the|a|an|and|to|in|on|for|with|by|from|at|as)\s)[\p{Ll}-]+\s+){0,2}(?<![\p{L}-])(?:${ROLE_NOUNS.join('|')}))\s+$`,
  'u'
)
