import { isBlank, lowerBound } from './text'

/** Marks that end a clause or open a quotation (. ! ? “ ” "): a speaker and a cue with one between do not belong together. */
const BREAKS = new Set([0x2e, 0x21, 0x3f, 0x201c, 0x201d, 0x22])
const COMMA = 0x2c
const OPEN_PARENTHESIS = 0x28
/** The longest aside in brackets read as part of a clause: a party tag, an age, an acronym. */
const SHORT_ASIDE = 40
const SEMICOLON = 0x3b

/**
 * Whether a stretch of text holds a clause break (., ;, !, ?, or a quotation mark) once comma pairs are left
 * out (", the spokesperson for the ministry,"), reading the pairs from the start of the stretch as
 * `stretch.replace(/,\s+[^,;]*,/g, '')` does. Built once per text: each question is a few binary searches, where
 * the replace read the whole stretch again for every cue of a long sentence.
 *
 * A comma followed by a blank opens a pair that the next comma closes (a semicolon between them makes the
 * stretch a break anyway). Which commas open pairs depends on where the stretch starts — in ", a, b, c," the
 * pairs are (1, 2) from the first comma but (2, 3) from the second — so the pairing is followed as a chain
 * over the commas, and the breaks each pair covers are summed along it.
 */
export class CommaGaps {
  private readonly commas: number[] = []
  private readonly breaks: number[] = []
  private readonly semicolons: number[] = []
  /** Whether comma k opens a pair (a blank follows it and another comma comes after). */
  private readonly opens: boolean[] = []
  /** Where the run of consecutive pair-opening commas holding comma k begins. */
  private readonly runStart: number[] = []
  /** Breaks covered by the pairs of the chain that starts at comma k. */
  private readonly covered: number[]

  constructor(text: string) {
    let parenthesisEnd = -1
    // Only the marks below matter: the regex jumps to the next one in native code.
    const mark = /[(,;.!?“”"]/g
    for (let found = mark.exec(text); found; found = mark.exec(text)) {
      const i = found.index
      const code = text.charCodeAt(i)
      if (code === OPEN_PARENTHESIS) parenthesisEnd = shortParenthesisEnd(text, i)
      if (code === COMMA) this.commas.push(i)
      else if (code === SEMICOLON) this.semicolons.push(i)
      // A short aside in brackets is not a clause break: "Sen. Lindsey Graham (R-S.C.) said".
      else if (BREAKS.has(code) && i > parenthesisEnd) this.breaks.push(i)
    }
    const count = this.commas.length
    for (let k = 0; k < count; k++) {
      this.opens.push(k + 1 < count && isBlank(text[this.commas[k]! + 1]))
      this.runStart.push(this.opens[k] && k > 0 && this.opens[k - 1] ? this.runStart[k - 1]! : k)
    }
    this.covered = new Array<number>(count + 2).fill(0)
    for (let k = count - 1; k >= 0; k--) {
      this.covered[k] = this.opens[k] ? this.breaksIn(this.commas[k]!, this.commas[k + 1]!) + this.covered[k + 2]! : this.covered[k + 1]!
    }
  }

  /** True when from–to holds a clause break outside comma pairs. */
  hasBreak(from: number, to: number): boolean {
    if (countIn(this.semicolons, from, to) > 0) return true
    const total = this.breaksIn(from, to)
    if (total === 0) return false
    const first = lowerBound(this.commas, (c) => c < from)
    const inside = lowerBound(this.commas, (c) => c < to)
    // Pairs count only when both commas lie in the stretch: sum the chain up to its first comma at or after
    // the last one in the stretch.
    if (first >= inside - 1) return true
    const stop = this.visits(first, inside - 1) ? inside - 1 : inside
    return total - (this.covered[first]! - this.covered[stop]!) > 0
  }

  private breaksIn(from: number, to: number): number {
    return countIn(this.breaks, from, to)
  }

  /**
   * Whether the chain from comma `first` reaches comma `target` (>= first). Comma x is skipped only when the
   * chain stood on x - 1 and it opened a pair, so along a run of pair-opening commas the chain visits every
   * other one, counting from where it entered the run.
   */
  private visits(first: number, target: number): boolean {
    if (target === first || !this.opens[target - 1]) return true
    return (target - Math.max(first, this.runStart[target - 1]!)) % 2 === 0
  }
}

function countIn(sorted: number[], from: number, to: number): number {
  return lowerBound(sorted, (p) => p < to) - lowerBound(sorted, (p) => p < from)
}

/** Where the short aside opening at `open` closes (no line break or other bracket before it), or -1. */
function shortParenthesisEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length && i <= open + SHORT_ASIDE; i++) {
    const char = text[i]
    if (char === ')') return i
    if (char === '(' || char === '\n') return -1
  }
  return -1
}
