import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newArticle } from '../../../src/shared/article/document'
import { parseArticleFile } from '../../../src/shared/article/fileFormat'
import { isSafeLinkHref, normaliseLinkHref } from '../../../src/shared/article/links'

describe('normaliseLinkHref: every way a link comes in (import, paste, the link form)', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['http://x.y/z', 'http://x.y/z'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://example.org/a?b=1&c=2#d', 'https://example.org/a?b=1&c=2#d'],
    ['https://de.wikipedia.org/wiki/Zürich', 'https://de.wikipedia.org/wiki/Z%C3%BCrich'],
    ['https://münchen.de/', 'https://xn--mnchen-3ya.de/'],
    ['https://x.example/a report.pdf', 'https://x.example/a%20report.pdf'],
    ['https://x.example/a"b<c>', 'https://x.example/a%22b%3Cc%3E'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['MAILTO:desk@example.org', 'mailto:desk@example.org'],
    ['mailto:jörg@example.de', 'mailto:j%C3%B6rg@example.de'],
    ['mailto:a@b.c,d@e.fg', 'mailto:a@b.c,d@e.fg']
  ])('keeps %j as %j', (raw, href) => {
    expect(normaliseLinkHref(raw)).toBe(href)
  })

  it.each([
    ['mailto:a@b.c?attach=/etc/passwd', 'mailto:a@b.c'],
    ['mailto:a@b.c?cc=boss@x.example&bcc=spy@x.example&body=Hello', 'mailto:a@b.c'],
    ['mailto:a@b.c?attach=/etc/passwd&Subject=Tip off&body=x', 'mailto:a@b.c?subject=Tip%20off'],
    ['mailto:a@b.c?%73ubject=Hi', 'mailto:a@b.c?subject=Hi'],
    ['mailto:a@b.c?to=b@c.d#frag', 'mailto:a@b.c']
  ])('keeps only the address and subject of %j', (raw, href) => {
    expect(normaliseLinkHref(raw)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'vbscript:x',
    '//evil.example',
    'example.com',
    '',
    // Written as one host, parsed as another.
    'https:/evil.example',
    'https:\\\\evil.example',
    'https:///evil.example',
    'https://\\evil.example',
    'https://evil.example\\@good.example',
    'https://good.example@evil.example',
    'https://user:pw@example.org',
    'https://127.1/',
    'https://0x7f000001/',
    'https://%65vil.example/',
    'https://ｅｖｉｌ.example/',
    // Characters a URL parser drops without a word.
    'https://exa\tmple.com/',
    'https://example.com/a\nb',
    'https://example.com/\u0000',
    'https://exa\u202emple.com/',
    'mailto:',
    'mailto:?to=a@b.c',
    'mailto:someone',
    'mailto:a@b.c"><script>',
    'mailto:a@b.c%3Fattach=/etc/passwd',
    `https://example.com/${'a'.repeat(2048)}`
  ])('refuses %j', (raw) => {
    expect(normaliseLinkHref(raw)).toBeNull()
  })

  it('gives an address that the schema accepts and that normalises to itself', () => {
    const candidates = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string().map((s) => `https://x.example/${s}`),
      fc.string().map((s) => `mailto:a@b.c?subject=${s}&attach=${s}`),
      fc.string({ unit: 'binary' }).map((s) => `https://${s}`)
    )
    fc.assert(
      fc.property(candidates, (raw) => {
        const href = normaliseLinkHref(raw)
        if (href === null) return
        expect(isSafeLinkHref(href), href).toBe(true)
        expect(normaliseLinkHref(href)).toBe(href)
        expect(href).toMatch(/^[\x21-\x7e]+$/)
      }),
      { numRuns: 2000 }
    )
  })
})

describe('isSafeLinkHref: what a file or an IPC message may carry', () => {
  it.each([
    'https://example.org',
    'https://example.org/',
    'HTTPS://EXAMPLE.ORG',
    'http://x.y/z',
    'https://example.com:443',
    'https://de.wikipedia.org/wiki/Zürich',
    'https://de.wikipedia.org/wiki/Z%C3%BCrich',
    'https://münchen.de/karte',
    'https://x.example/search?q=it\'s{1}',
    'https://x.example/search?q=it%27s',
    'https://x.example/wiki/Budget_(2026)',
    'mailto:a@b.c',
    'mailto:a@b.c?subject=Tip',
    // Files written before the mailto rule still open; every export and the system get the address only.
    'mailto:a@b.c?cc=x@y.z'
  ])('allows %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:x',
    ' https://example.com',
    'https://example.com ',
    'data:text/html,x',
    'file:///etc/passwd',
    'vbscript:x',
    '//evil.example',
    '',
    // The URL parser would not give these back as written.
    'https://council.example/budget)<script>alert(1)</script>',
    'https://x.example/a"onmouseover="x',
    'https://x.example/<img src=x onerror=alert(1)>',
    'https://x.example/a b',
    'https://x.example/a\\b',
    'https://x.example/`x`',
    'https://x.example/a/../admin',
    'mailto:a@b.c?body=</a><script>',
    'mailto:a@b.c?subject=two words',
    'https:/evil.com',
    'https:\\\\evil.com',
    'https://127.1/',
    'https://user:pw@example.org/'
  ])('refuses %j', (href) => {
    expect(isSafeLinkHref(href)).toBe(false)
  })
})

describe('a .copydesk file’s links', () => {
  const fileLinking = (...hrefs: string[]): string =>
    JSON.stringify({
      ...newArticle(),
      body: { type: 'doc', content: [{ type: 'paragraph', content: hrefs.map((href, i) => ({ type: 'text', text: `link ${i} `, marks: [{ type: 'link', attrs: { href } }] })) }] }
    })

  it('written before links were normalised, still opens, each address as it was', () => {
    const hrefs = ['https://example.com', 'HTTPS://EXAMPLE.ORG', 'https://de.wikipedia.org/wiki/Zürich', 'https://münchen.de', 'mailto:desk@example.org?cc=editor@example.org']
    const result = parseArticleFile(fileLinking(...hrefs))
    expect(result.ok).toBe(true)
    const stored = result.ok ? result.document.body.content![0]!.content!.map((node) => node.marks![0]!.attrs) : []
    expect(stored.map((attrs) => (attrs as { href: string }).href)).toEqual(hrefs)
  })

  it('holding an address that breaks out of its markup is refused', () => {
    expect(parseArticleFile(fileLinking('https://council.example/budget)<script>alert(1)</script>'))).toMatchObject({ ok: false })
  })
})
