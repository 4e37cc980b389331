/**
 * A capitalised word in front of a full name that reads as a job or a role: an English agent noun (manager,
 * author, parent, homeowner, assemblywoman, bandmaster, activist, historian…), by its ending. A general rule of
 * English word formation, not a list of words; given names with the same endings (Jennifer, Christopher) are
 * kept apart by data/givenNames.ts.
 */
const AGENT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ian|man|woman|person|ent|ant|eer|ee|ess|ive|ary|ate|smith|master|wright)$/u

export const looksLikeJobWord = (word: string): boolean => AGENT_NOUN.test(word)
