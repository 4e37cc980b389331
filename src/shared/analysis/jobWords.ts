import agentNouns from './data/agentNouns'

/** How an English agent noun ends: manager, author, activist, historian, spokeswoman, attendant, trustee, heiress… */
export const AGENT_NOUN_ENDING = /^\p{Ll}{3,}(?:er|or|ist|ian|man|woman|person|ent|ant|eer|ee|ess|ive|ary|ate|smith|master|wright)$/u

const AGENT_NOUNS = new Set(agentNouns.words)
/** The shortest agent noun that can end a compound ("wine" + "maker", "fund" + "raiser", "stake" + "holder"). */
const SHORTEST_COMPOUND_END = 5

/**
 * A capitalised word in front of a full name that reads as a job or a role: an English agent noun (Manager,
 * Author, Homeowner, Activist, Historian, Winemaker), by the spell checkers' word lists (data/agentNouns.ts), or a
 * compound ending in one. A given name that ends the same way but is no English word ("Harjinder", "Clement") is
 * not a job; the given names that are English words too (Hunter, Victor) are kept apart by data/givenNames.ts.
 */
export function looksLikeJobWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (!/^\p{Lu}/u.test(word) || !AGENT_NOUN_ENDING.test(lower)) return false
  if (AGENT_NOUNS.has(lower)) return true
  for (let at = 3; at <= lower.length - SHORTEST_COMPOUND_END; at++) if (AGENT_NOUNS.has(lower.slice(at))) return true
  return false
}
