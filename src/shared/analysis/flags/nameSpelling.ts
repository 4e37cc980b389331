import type { SourceRegistry } from '../sources'
import type { Flag } from '../types'

/** A name that matched a source only by a near spelling ("Bauchtman" for Buchtmann). */
export function nameSpellingFlags(registry: SourceRegistry): Flag[] {
  return registry.misspellings.map(({ mention, index }): Flag => ({
    rule: 'name-spelling',
    start: mention.nameStart,
    end: mention.nameStart + mention.name.length,
    message: `“${mention.name}” is spelled differently from ${registry.records[index]!.name}. Check the spelling.`
  }))
}
