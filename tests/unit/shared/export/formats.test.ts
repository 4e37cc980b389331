import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Parser } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../../src/shared/export'
import { plainTextToArticle } from '../../../../src/shared/import/plainText'
import { articleWithEveryMark } from '../../../support/articles'
import { repoRoot, samplePath } from '../../../support/paths'
import { nuHtmlErrors, wrapFragment, xmlSchemaErrors } from '../../../support/validators'

const date = new Date('2026-11-26T12:00:00Z')
const article = articleWithEveryMark()
const sample = plainTextToArticle(readFileSync(samplePath, 'utf8'))
const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[]
const all = (document = article) => Object.fromEntries(formats.map((f) => [f, exportArticle(document, f, { date })])) as Record<ExportFormat, string>

describe('the CMS fragment', () => {
  const fragment = exportArticle(article, 'fragment')

  it('carries each quote’s speaker and role in attributes a CMS keeps, with the marks exactly as drafted', () => {
    expect(fragment).toContain(
      '<span class="quote" data-quote-kind="direct" data-speaker="Andrei Krutsky" data-speaker-role="special envoy">“We have <strong>nothing</strong> to hide,”</span> <span class="attribution" data-speaker="Andrei Krutsky" data-speaker-role="special envoy">Krutsky said</span>'
    )
    expect(fragment.match(/[“”]/g)).toHaveLength(4)
    expect(fragment).not.toContain('<q')
  })

  it('turns a sourced block quote into figure, blockquote and figcaption', () => {
    expect(fragment).toContain('<figure class="quote">\n<blockquote>\n<p>A block quote.</p>\n</blockquote>\n<figcaption>Andrei Krutsky, special envoy</figcaption>\n</figure>')
  })

  it('never names a source who is not on the record', () => {
    expect(fragment).toContain('<span class="quote" data-quote-kind="partial">farce</span>')
    for (const output of Object.values(all())) expect(output).not.toContain('Deep Throat')
  })

  it('can leave out every attribution attribute', () => {
    const plain = exportArticle(article, 'fragment', { attribution: false })
    expect(plain).not.toMatch(/data-|class=|<figure|<span/)
    expect(plain).toContain('<p>“We have <strong>nothing</strong> to hide,” Krutsky said.')
  })

  it('escapes text and keeps only the semantic tags', () => {
    expect(fragment).toContain('” &amp; &lt;more&gt;.')
    const tags = new Set<string>()
    const parser = new Parser({ onopentag: (name) => tags.add(name) })
    parser.write(fragment)
    parser.end()
    expect([...tags].sort()).toEqual(['a', 'blockquote', 'br', 'em', 'figcaption', 'figure', 'h2', 'h3', 'li', 'ol', 'p', 'span', 'strong', 'ul'])
  })

  it('loses nothing to WordPress’s post allow-list (tags, attributes, URL schemes)', () => {
    const kses = JSON.parse(readFileSync(join(repoRoot, 'tests/fixtures/wordpress/wordpress-kses-post.json'), 'utf8')) as {
      allowedposttags_effective: Record<string, Record<string, unknown>>
      uri_attributes: string[]
      allowed_protocols: string[]
    }
    const dropped: string[] = []
    for (const html of [fragment, exportArticle(sample, 'fragment')]) {
      const parser = new Parser({
        onopentag(name, attributes) {
          const allowed = kses.allowedposttags_effective[name]
          if (!allowed) return dropped.push(`<${name}>`)
          for (const [attribute, value] of Object.entries(attributes)) {
            const dataOk = attribute.startsWith('data-') && /^data-[a-z][a-z0-9-]*$/.test(attribute) && 'data-*' in allowed
            if (!(attribute in allowed) && !dataOk) dropped.push(`${name}[${attribute}]`)
            if (kses.uri_attributes.includes(attribute)) {
              const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
              if (scheme && !kses.allowed_protocols.includes(scheme)) dropped.push(`${name}[${attribute}=${scheme}:]`)
            }
          }
        }
      })
      parser.write(html)
      parser.end()
    }
    expect(dropped).toEqual([])
  })
})

describe('every format', () => {
  it('never contains private contact notes', () => {
    for (const [format, output] of Object.entries(all())) {
      expect(output, format).not.toContain('PRIVATE-NUMBER-555')
      expect(output, format).not.toContain('PRIVATE-GARAGE')
    }
  })

  it('keeps text that looks like markup as text', () => {
    const hostile = plainTextToArticle('Headline here\n\n<script>alert(1)</script> and <img src=x onerror=alert(2)> “quoted”')
    const outputs = all(hostile)
    for (const format of ['fragment', 'page', 'nitf'] as const) {
      expect(outputs[format]).not.toMatch(/<script>alert|<img/)
      expect(outputs[format]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    }
    expect(outputs.markdown).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(JSON.parse(outputs.wordpress).content).toContain('&lt;script&gt;')
  })
})

describe('the standalone page', () => {
  const page = exportArticle(article, 'page', { date })
  it('has the headline, dek, byline and dateline, a stylesheet, and NewsArticle JSON-LD by Google’s rules', () => {
    expect(page).toContain('<h1>Foreign Ministry says there is evidence of Russia’s non-interference</h1>')
    expect(page).toContain('<p class="byline">By Jane Doe and Ivan Petrov</p>')
    expect(page).toContain('<p class="dateline">MOSCOW</p>')
    expect(page).toContain('<style>')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(page)![1]!)
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Foreign Ministry says there is evidence of Russia’s non-interference',
      description: 'Moscow offers to publish “technical correspondence”.\nA second line.',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'Ivan Petrov' }
      ],
      datePublished: '2026-11-26T12:00:00.000Z',
      dateModified: '2026-11-26T12:00:00.000Z',
      inLanguage: 'en-GB',
      keywords: ['elections', 'Россия']
    })
  })

  it("dates an imported story by the page's publication date, and names the page it is based on", () => {
    const imported = { ...article, meta: { ...article.meta, published: '2015-07-24T05:36:09+01:00', origin: { siteName: 'BBC News', url: 'https://www.bbc.com/news/world-us-canada-33646704' } } }
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(exportArticle(imported, 'page', { date }))![1]!)
    expect(jsonLd).toMatchObject({ datePublished: '2015-07-24T05:36:09+01:00', dateModified: '2026-11-26T12:00:00.000Z', isBasedOn: 'https://www.bbc.com/news/world-us-canada-33646704' })
  })

  it('cannot be broken out of by a headline that closes the JSON-LD script', () => {
    const hostile = { ...article, meta: { ...article.meta, headline: '</script><script>alert(1)</script>' } }
    const html = exportArticle(hostile, 'page', { date })
    expect(html.match(/<script/g)).toHaveLength(1)
  })
})

describe('the WordPress post', () => {
  it('is the REST body for /wp/v2/posts, as a draft', () => {
    const post = JSON.parse(exportArticle(article, 'wordpress'))
    expect(post).toMatchObject({
      title: article.meta.headline,
      excerpt: article.meta.dek,
      slug: 'russia-non-interference',
      status: 'draft',
      copydesk: { tags: ['elections', 'Россия'] }
    })
    // The byline leads the content as a credit line (a post's author is a WordPress account), then the fragment.
    expect(post.content).toBe(`<p class="byline">By Jane Doe and Ivan Petrov</p>\n${exportArticle(article, 'fragment')}`)
    expect(post.copydesk.byline).toEqual(['Jane Doe', 'Ivan Petrov'])
  })
})

describe('the Markdown', () => {
  it('writes headings, emphasis, links, lists and the credited block quote', () => {
    const markdown = exportArticle(article, 'markdown')
    expect(markdown).toContain('# Foreign Ministry says there is evidence of Russia’s non-interference\n')
    expect(markdown).toContain('“We have **nothing** to hide,” Krutsky said.')
    expect(markdown).toContain('[a link](https://example.org/a?b=1&c=2)')
    expect(markdown).toContain('## Background\n\n- one\n- two 🗳️\n\n3. three')
    expect(markdown).toContain('> A block quote.\n>\n> — Andrei Krutsky, special envoy')
  })
})

describe('validators', () => {
  it('the fragment and the page pass the W3C Nu HTML checker with zero errors', async () => {
    const errors = await nuHtmlErrors({
      fragment: wrapFragment(exportArticle(article, 'fragment')),
      page: exportArticle(article, 'page', { date }),
      'sample-fragment': wrapFragment(exportArticle(sample, 'fragment')),
      'sample-page': exportArticle(sample, 'page', { date })
    })
    expect(errors).toEqual([])
  }, 60_000)

  it('the NITF validates against the NITF 3.6 schema', async () => {
    const schema = join(repoRoot, 'tests/fixtures/nitf/nitf-3.6.xsd')
    expect(await xmlSchemaErrors(exportArticle(article, 'nitf', { date }), schema)).toBe('')
    expect(await xmlSchemaErrors(exportArticle(sample, 'nitf', { date }), schema)).toBe('')
    const nitf = exportArticle(article, 'nitf', { date })
    expect(nitf).toContain('<q quote-source="Andrei Krutsky, special envoy">“We have <em class="bold">nothing</em> to hide,”</q>')
    expect(nitf).toContain('<bq>\n<block>\n<p>A block quote.</p>\n</block>\n<credit>Andrei Krutsky, special envoy</credit>\n</bq>')
  }, 30_000)
})
