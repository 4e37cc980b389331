import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleDocumentSchema } from '../../../src/shared/article/document'
import { bodyText, countWords } from '../../../src/shared/article/stats'
import { plainTextToArticle } from '../../../src/shared/import/plainText'
import { samplePath } from '../../support/paths'

const sample = readFileSync(samplePath, 'utf8')

describe('plain text to article', () => {
  it('turns the sample story into a valid article with its headline and every paragraph', () => {
    const article = plainTextToArticle(sample)
    expect(articleDocumentSchema.safeParse(article).success).toBe(true)
    expect(article.meta.headline).toBe('Foreign Ministry says there is evidence of Russia\'s non-interference in U.S. elections')
    expect(article.meta.slug).toBe('foreign-ministry-says-there-is-evidence-of-russias-non-interference-in-u-s')
    const paragraphs = article.body.content!
    expect(paragraphs).toHaveLength(7)
    // The page gives its title again over the story: it is the headline once, not also the first paragraph.
    expect(bodyText(article.body).split('\n')[0]).toMatch(/^The Foreign Ministry said there was evidence/)
  })

  it('drops a first paragraph that repeats the headline but for typography, and keeps one that differs', () => {
    const repeated = plainTextToArticle('Mayor’s budget plan stalls at council | Daily Site\n\nMAYOR\'S  BUDGET PLAN STALLS AT COUNCIL\n\nThe council voted.')
    expect(repeated.meta.headline).toBe('Mayor’s budget plan stalls at council')
    expect(bodyText(repeated.body)).toBe('The council voted.')
    const different = plainTextToArticle('Mayor’s plan stalls\n\nMayor’s plan stalls again\n\nThe council voted.')
    expect(bodyText(different.body)).toBe('Mayor’s plan stalls again\nThe council voted.')
  })

  it('keeps every word of the sample, including the boilerplate later issues flag', () => {
    const article = plainTextToArticle(sample)
    const text = `${article.meta.headline}\n${bodyText(article.body)}`
    const repeatedTitle = 'Foreign Ministry says there is evidence of Russia’s non-interference in U.S. elections\n'
    expect(countWords(text)).toBe(countWords(sample.replace(' | TOP-NEWS', '').replace(repeatedTitle, '')))
    expect(text).toContain('Leave a Reply')
    expect(text).toContain('Social Share Buttons and Icons powered by Ultimatelysocial')
  })

  it('keeps a single line break inside a paragraph as a hard break, so a stray line stays visible', () => {
    const article = plainTextToArticle(sample)
    const withStray = article.body.content!.find((p) => p.content?.some((n) => n.text?.startsWith('Putin')))!
    expect(withStray.content!.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text', 'hardBreak', 'text'])
  })

  it('does not take a sentence for a headline', () => {
    const article = plainTextToArticle('The minister resigned on Monday.\n\nMore follows.')
    expect(article.meta.headline).toBe('')
    expect(article.body.content).toHaveLength(2)
  })

  it('handles Windows line endings and a byte-order mark', () => {
    const article = plainTextToArticle('\uFEFFMayor re-elected\r\n\r\nFirst paragraph.\r\nSecond line.\r\n')
    expect(article.meta.headline).toBe('Mayor re-elected')
    expect(bodyText(article.body)).toBe('First paragraph.\nSecond line.')
  })

  it('gives an empty draft for empty text', () => {
    const article = plainTextToArticle('  \n\n ')
    expect(article.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})
