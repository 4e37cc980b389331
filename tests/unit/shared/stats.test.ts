import { describe, expect, it } from 'vitest'
import { countWords, textStats } from '../../../src/shared/article/stats'
import { slugify } from '../../../src/shared/article/meta'

describe('word and character counts', () => {
  it.each([
    ['', 0],
    ['Krutsky said.', 2],
    ['Russia’s non-interference in U.S. elections', 5],
    ['“Quote,” he said — then left.', 5],
    ['$5,000 at auction', 3],
    ['Москва заявила', 2],
    ['  spaced\n\nout  ', 2],
    ['two 🗳️ — ✓', 1]
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words)
  })

  it('counts characters without paragraph breaks, emoji as one', () => {
    expect(textStats('ab\ncd 🗳').characters).toBe(6)
  })

  it('gives reading time in whole minutes, at least one for any text', () => {
    expect(textStats('one').readingMinutes).toBe(1)
    expect(textStats('word '.repeat(238 * 4)).readingMinutes).toBe(4)
    expect(textStats('').readingMinutes).toBe(0)
  })
})

describe('slugs', () => {
  it('makes a URL slug from a headline', () => {
    expect(slugify('  Russia’s “non-interference” in U.S. Elections! ')).toBe('russias-non-interference-in-u-s-elections')
    expect(slugify('Café crème')).toBe('cafe-creme')
  })

  it('cuts a long slug at the last whole word within 80 characters', () => {
    const slug = slugify('word '.repeat(30))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-word')).toBe(true)
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80))
  })
})
