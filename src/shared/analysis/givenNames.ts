import givenNames from './data/givenNames'

const WOMEN_ONLY: ReadonlySet<string> = new Set(givenNames.womenOnly)
const MEN_ONLY: ReadonlySet<string> = new Set(givenNames.menOnly)

/** Whether a word is a first name given to women only, or to men only (the lists hold no name given to both). */
export function sexOfGivenName(word: string): 'woman' | 'man' | null {
  return WOMEN_ONLY.has(word) ? 'woman' : MEN_ONLY.has(word) ? 'man' : null
}
