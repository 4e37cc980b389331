/**
 * How many surnames a near spelling is looked for among (the first distinct ones a story gives), and how long
 * they may be. A news story gives far fewer, and no one's surname is longer; the bounds keep a page of thousands
 * of names from costing a comparison per pair.
 */
const NEAR_SPELLING_SURNAMES = 2_000
const NEAR_SPELLING_LETTERS = 24
/** Candidates that share a trimmed form with a word are checked in order, this many at most. */
const MOST_CHECKS = 64
const EDITS = 2

/**
 * The first surname a word is spelt within two edits of ("Bauchtman" → Buchtmann). Each surname is filed under
 * every form it takes with up to two letters left out; a word within two edits of it shares one of those forms
 * (a letter changed, added or dropped on either side is a letter left out), so a word is compared only with the
 * surnames it shares a form with, not with every surname of the story.
 */
export class NearSpellings {
  private readonly surnames: { surname: string; index: number }[] = []
  private readonly seen = new Set<string>()
  private readonly byForm = new Map<string, number[]>()

  /** Files a surname (lower case) of the source at `index`; the first source with a surname keeps it. */
  add(surname: string, index: number): void {
    if (this.seen.has(surname) || this.surnames.length >= NEAR_SPELLING_SURNAMES || surname.length > NEAR_SPELLING_LETTERS) return
    this.seen.add(surname)
    const entry = this.surnames.push({ surname, index }) - 1
    for (const form of trimmedForms(surname)) {
      const same = this.byForm.get(form)
      if (same) same.push(entry)
      else this.byForm.set(form, [entry])
    }
  }

  /** The index of the first source whose surname is within two edits of `word` (lower case), or null. */
  first(word: string): number | null {
    if (word.length > NEAR_SPELLING_LETTERS + EDITS) return null
    const candidates = new Set<number>()
    for (const form of trimmedForms(word)) for (const entry of this.byForm.get(form) ?? []) candidates.add(entry)
    // Entries were filed in source order, so the lowest entry is the first source.
    const ordered = [...candidates].sort((a, b) => a - b).slice(0, MOST_CHECKS)
    const near = ordered.find((entry) => withinEdits(this.surnames[entry]!.surname, word, EDITS))
    return near === undefined ? null : this.surnames[near]!.index
  }
}

/** The word and every form of it with one or two characters left out. */
function trimmedForms(word: string): Set<string> {
  const forms = new Set([word])
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1)
    forms.add(once)
    for (let j = i; j < once.length; j++) forms.add(once.slice(0, j) + once.slice(j + 1))
  }
  return forms
}

/**
 * Whether two words are at most `limit` edits apart (Levenshtein). Only the diagonal band the limit allows is
 * computed, and the work stops as soon as every cell of a row exceeds it.
 */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  const beyond = limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => Math.min(j, beyond))
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(beyond)
    row[0] = Math.min(i, beyond)
    let best = row[0]
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      row[j] = Math.min(beyond, previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      best = Math.min(best, row[j]!)
    }
    if (best > limit) return false
    previous = row
  }
  return previous[b.length]! <= limit
}
