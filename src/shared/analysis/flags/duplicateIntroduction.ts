import type { Reintroduction } from '../roles'
import type { Flag } from '../types'

/** A person introduced twice in full, with the same or (worse) a different title. */
export function duplicateIntroductionFlags(reintroductions: Reintroduction[]): Flag[] {
  return reintroductions.map(({ name, role, previousRole, start, end }) => ({
    rule: 'duplicate-introduction',
    start,
    end,
    message:
      previousRole !== role
        ? `${name} is introduced twice, as “${previousRole}” and as “${role}”. Keep one introduction and check the title.`
        : `${name} is introduced twice. Keep the first introduction.`
  }))
}
