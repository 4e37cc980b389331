/**
 * Which of a list of names a text ends with, in time proportional to the text (or to the longest name) however
 * many names there are: each name is filed by its length and two polynomial hashes, and the text's suffixes
 * are hashed from the end, one character more at a time. The winner is checked against the real strings; a
 * false match (about one chance in 10^18 per suffix) falls back to comparing every name.
 */
export class SuffixNames {
  private readonly byLength = new Map<number, Map<number, { second: number; index: number }[]>>()
  private readonly firstEmpty: number
  private longest = 0

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, index) => {
      const hash = new SuffixHash()
      for (let i = name.length - 1; i >= 0; i--) hash.prepend(name.charCodeAt(i))
      let byFirst = this.byLength.get(name.length)
      if (!byFirst) this.byLength.set(name.length, (byFirst = new Map()))
      const same = byFirst.get(hash.first)
      if (same) same.push({ second: hash.second, index })
      else byFirst.set(hash.first, [{ second: hash.second, index }])
      this.longest = Math.max(this.longest, name.length)
    })
    this.firstEmpty = names.indexOf('')
  }

  /** The index of the first name that `text` ends with (or equals), or -1. */
  firstEndingOf(text: string): number {
    let best = this.firstEmpty === -1 ? Infinity : this.firstEmpty
    const hash = new SuffixHash()
    for (let length = 1; length <= Math.min(text.length, this.longest); length++) {
      hash.prepend(text.charCodeAt(text.length - length))
      for (const entry of this.byLength.get(length)?.get(hash.first) ?? []) if (entry.second === hash.second) best = Math.min(best, entry.index)
    }
    if (best === Infinity) return -1
    return text.endsWith(this.names[best]!) ? best : this.names.findIndex((name) => text.endsWith(name))
  }
}

// Every product stays below 2^53, so plain numbers hash exactly.
const PRIME_1 = 1_000_000_007
const PRIME_2 = 998_244_353
const BASE_1 = 911_382
const BASE_2 = 972_663

/** Two polynomial hashes of a string built from its end: prepending a character is constant time. */
class SuffixHash {
  first = 0
  second = 0
  private power1 = 1
  private power2 = 1

  prepend(code: number): void {
    this.first = (code * this.power1 + this.first) % PRIME_1
    this.second = (code * this.power2 + this.second) % PRIME_2
    this.power1 = (this.power1 * BASE_1) % PRIME_1
    this.power2 = (this.power2 * BASE_2) % PRIME_2
  }
}
