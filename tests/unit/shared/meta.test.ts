import { describe, expect, it } from 'vitest'
import { emptyMeta, sameMeta, slugAtOdds, slugify, withHeadline } from '../../../src/shared/article/meta'

describe('the slug follows the headline until the user writes one', () => {
  it('a new story: typing the headline fills the slug, letter by letter', () => {
    let meta = emptyMeta()
    for (const headline of ['R', 'Ru', 'Russia denies']) meta = withHeadline(meta, headline)
    expect(meta.slug).toBe('russia-denies')
  })

  it('a headline rewritten: a slug that was the old headline’s becomes the new one’s', () => {
    const meta = emptyMeta({ headline: 'Kremlin: we did not interfere', slug: slugify('Kremlin: we did not interfere') })
    expect(withHeadline(meta, 'Moscow calls the report a farce').slug).toBe('moscow-calls-the-report-a-farce')
  })

  it('a slug the user wrote stays, whatever the headline becomes', () => {
    const meta = emptyMeta({ headline: 'Kremlin: we did not interfere', slug: 'kremlin-interference' })
    expect(withHeadline(meta, 'Moscow calls the report a farce').slug).toBe('kremlin-interference')
  })
})

describe('slugAtOdds: a slug about something else is pointed out before the story leaves', () => {
  it('names the headline’s slug when the two share no word', () => {
    expect(slugAtOdds(emptyMeta({ headline: 'Moscow calls the report a farce', slug: 'kremlin-interference' }))).toBe('moscow-calls-the-report-a-farce')
  })

  it('is quiet when they share a word, when one is empty, or when the slug is the headline’s', () => {
    expect(slugAtOdds(emptyMeta({ headline: 'Kremlin calls the report a farce', slug: 'kremlin-interference' }))).toBeNull()
    expect(slugAtOdds(emptyMeta({ headline: 'Kremlin calls the report a farce', slug: '' }))).toBeNull()
    expect(slugAtOdds(emptyMeta({ headline: '', slug: 'kremlin' }))).toBeNull()
    expect(slugAtOdds(emptyMeta({ headline: 'Kremlin calls', slug: 'kremlin-calls' }))).toBeNull()
  })

  it('does not count short words ("the", "of", "us") as agreement', () => {
    expect(slugAtOdds(emptyMeta({ headline: 'The mayor of the city resigns', slug: 'the-budget-of-us' }))).toBe('the-mayor-of-the-city-resigns')
  })
})

describe('sameMeta', () => {
  it('tells a real change from the same values in new arrays', () => {
    const meta = emptyMeta({ headline: 'A', byline: ['Ann Lee'], tags: ['x'] })
    expect(sameMeta(meta, { ...meta, byline: ['Ann Lee'], tags: ['x'] })).toBe(true)
    expect(sameMeta(meta, { ...meta, byline: ['Ann Lee', 'Bo'] })).toBe(false)
    expect(sameMeta(meta, { ...meta, wordTarget: 800 })).toBe(false)
  })
})
