import { generateArticle } from '../../../../bench/generateArticle'

/**
 * Texts built to make a text scanner quadratic: long runs of one thing, where a loop that looks back over the
 * sentence, paragraph or line so far (or a regex anchored at its end) does work in proportion to everything
 * before it. Each builder returns a text of at least `size` characters (UTF-16 code units).
 */
export interface AdversarialText {
  name: string
  build: (size: number) => string
}

const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length))

export const ADVERSARIAL_TEXTS: AdversarialText[] = [
  // The red team's inputs (issue 10, point 3).
  { name: 'a run of newlines (a page of <br>)', build: (size) => `Start\n${repeatTo('\n', size)}End.` },
  { name: 'a run of spaces inside a line', build: (size) => `Start${repeatTo(' ', size)}end.` },
  { name: 'capitalised words', build: (size) => repeatTo('Word ', size) },
  { name: '"said" over and over', build: (size) => repeatTo('said ', size) },
  { name: 'quotes that never close', build: (size) => repeatTo('“word ', size) },
  { name: 'nested quote marks', build: (size) => repeatTo('“‘', size) },
  { name: 'curly and straight quote marks mixed', build: (size) => repeatTo('“‘"\'', size) },
  { name: 'one letter per line', build: (size) => repeatTo('x\n', size) },
  // The same family: one thing repeated where each occurrence used to look at all the others.
  { name: 'blank lines between short lines', build: (size) => repeatTo('Headline\n\n', size) },
  { name: 'whitespace-only lines', build: (size) => repeatTo(' \t \n', size) },
  { name: 'words the engine skips in front of a name', build: (size) => repeatTo('The ', size) },
  { name: 'distinct full names', build: (size) => distinctNames(size, (name) => `${name} spoke. `) },
  { name: 'distinct surnames after their full names', build: (size) => distinctNames(size, (name) => `${name} spoke. ${name.split(' ')[1]} said it. `) },
  { name: 'acronyms in brackets', build: (size) => distinctNames(size, (name) => `${name} Agency (KCNA) `) },
  { name: 'one sentence of quotes and cues', build: (size) => repeatTo('“Yes,” said Jane Doe, “and ', size) },
  { name: 'quotes with colons and no sentence end', build: (size) => repeatTo('the mayor: “ok” and ', size) },
  { name: 'pronouns in one long sentence', build: (size) => repeatTo('Jane Doe and he said and ', size) },
  { name: 'quoted paragraphs', build: (size) => repeatTo('“We will wait,” Jane Doe said.\n\n', size) },
  { name: 'paraphrases', build: (size) => repeatTo('Jane Doe said that the plan was fine. ', size) },
  { name: 'anonymous sources around quotes', build: (size) => repeatTo('officials “said” sources ', size) },
  { name: 'descriptions with many roles', build: (size) => distinctNames(size, (name) => `${name}, the harbour official, spoke. The harbour official said “yes.” `) },
  { name: 'headline-like lines with names', build: (size) => distinctNames(size, (name) => `${name} Wins Award\n`) },
  { name: 'commas in one long sentence', build: (size) => repeatTo(', the plan, ', size) + ' Jane Doe said.' },
  { name: 'a cue followed by a run of spaces', build: (size) => repeatTo(`said${' '.repeat(5_000)}x `, size) },
  // Issue 12's rules: chains of pronouns, sentences that open with a described person, terms and anonymity.
  { name: 'sentences of "she" before a "he said" quote', build: (size) => repeatTo('She left. ', size) + '“Yes,” he said.' },
  { name: 'he and she alternating in one sentence', build: (size) => repeatTo('she and he and ', size) + 'said “no,” he said.' },
  { name: 'quotes opening sentences after described people', build: (size) => repeatTo('A senior official, who asked not to be named, said so. “Fine.” ', size) },
  { name: 'terms in marks', build: (size) => repeatTo('the so-called “Night Harbour” and the film “Glen” ', size) },
  { name: 'job words in front of names', build: (size) => distinctNames(size, (name) => `Manager ${name} spoke. `) },
  { name: 'initialisms run together', build: (size) => repeatTo('U.S.', size) },
  // Quotes with no speaker, each looked for among the attributed ones (echoes.ts), and words in front of a person noun.
  { name: 'unattributed quotes among attributed ones', build: (size) => repeatTo('“we will not go,” Ann Lee said. It was “a long cold winter night”. ', size) },
  { name: 'capitalised words before a person noun', build: (size) => repeatTo('A Senate Democratic aide, who asked, said. ', size) }
]

/** Ordinary news copy and every adversarial text: the engine must be linear on all of them. */
export const TIMED_TEXTS: AdversarialText[] = [
  { name: 'ordinary news copy', build: (size) => generateArticle(Math.ceil(size / 5.7)) },
  ...ADVERSARIAL_TEXTS
]

/** Capitalised two-word names that are all different ("Ba Ca", "Ba Da", …), each written with `write`. */
function distinctNames(size: number, write: (name: string) => string): string {
  const letters = 'bcdfghjklmnpqrstvwz'
  const word = (n: number): string => {
    let out = ''
    do {
      out += letters[n % letters.length]
      n = Math.floor(n / letters.length)
    } while (n > 0)
    return out[0]!.toUpperCase() + out.slice(1) + 'a'
  }
  const parts: string[] = []
  let length = 0
  for (let n = 0; length < size; n++) {
    const part = write(`${word(n)} ${word(n + 7)}son`)
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}
