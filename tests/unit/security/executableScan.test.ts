import { describe, expect, it } from 'vitest'
import { exportArticle, EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export'
import { articleWithEveryMark } from '../../support/articles'
import { findExecutable, type ScanFormat } from '../../support/executableScan'

/**
 * The scanner that judges every export in the XSS corpus tests must be able to fail: real exports of an article
 * with every node and mark pass it, and each thing it promises to catch, planted in a real export, is caught
 * and named.
 */
const date = new Date('2026-11-26T12:00:00Z')
const article = articleWithEveryMark()
const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[]
const real = Object.fromEntries(formats.map((f) => [f, exportArticle(article, f, { date })])) as Record<ExportFormat, string>

/** The real fragment with `html` added as a block of its own. */
const inFragment = (html: string): string => `${real.fragment}${html}\n`
/** The real page with `html` added inside its article. */
const inPage = (html: string): string => real.page.replace('</article>', `${html}\n</article>`)

describe('the executable-content scanner', () => {
  it.each(formats)('passes a real %s export of an article with every node and mark', (format) => {
    expect(findExecutable(real[format], format)).toEqual([])
  })

  it('passes the --no-attribution fragment', () => {
    expect(findExecutable(exportArticle(article, 'fragment', { attribution: false }), 'fragment')).toEqual([])
  })

  it('does not flag what only looks like code: an https address with javascript: in its query, a speaker or tooltip named so', () => {
    const planted = [
      '<p><a href="https://example.org/?next=javascript:alert(1)">x</a></p>',
      '<p><span class="quote" data-quote-kind="direct" data-speaker="javascript:alert(1)" data-speaker-role="data: analyst">x</span></p>',
      '<p>javascript:alert(1) &lt;script&gt;alert(1)&lt;/script&gt;</p>'
    ].join('\n')
    expect(findExecutable(inFragment(planted), 'fragment')).toEqual([])
    expect(findExecutable('<p><span class="cd-flag" title="Not story text: “javascript:alert(1)”">x</span></p>', 'editor')).toEqual([])
  })

  const html: [string, string, RegExp][] = [
    ['a <script> element', '<script>alert(1)</script>', /<script> element \(active content\)|<script type=""> runs/],
    ['an <iframe>', '<iframe src="https://example.org/"></iframe>', /<iframe> element/],
    ['an <object>', '<object data="https://example.org/x.swf"></object>', /<object> element/],
    ['an <embed>', '<embed src="https://example.org/x.swf">', /<embed> element/],
    ['an <svg>', '<svg><circle r="1"></circle></svg>', /<svg> in the SVG namespace/],
    ['a <math>', '<math><mi>x</mi></math>', /<math> in the MathML namespace/],
    ['a <base>', '<base href="https://evil.example/">', /<base> element/],
    ['a <meta http-equiv> refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta http-equiv> \(refresh\)/],
    ['a <link>', '<link rel="stylesheet" href="https://evil.example/x.css">', /<link> element/],
    ['a <form>', '<form action="https://evil.example/"><p>x</p></form>', /<form> element/],
    ['an element outside the allow-list', '<marquee>x</marquee>', /<marquee> element is not allowed/],
    ['an event handler', '<p onclick="alert(1)">x</p>', /<p onclick> event handler/],
    ['an event handler in upper case', '<p ONMOUSEOVER="alert(1)">x</p>', /<p onmouseover> event handler/],
    ['a style attribute', '<p style="color:red">x</p>', /<p style> attribute/],
    ['srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', /<iframe srcdoc> attribute/],
    ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>', /has a javascript: URL/],
    ['a javascript: link in mixed case, with a leading space', '<p><a href=" JaVaScRiPt:alert(1)">x</a></p>', /has a javascript: URL/],
    ['a javascript: link split by a tab entity', '<p><a href="java&#x09;script:alert(1)">x</a></p>', /has a javascript: URL/],
    ['a javascript: link written in entities', '<p><a href="&#106;&#97;vascript:alert(1)">x</a></p>', /has a javascript: URL/],
    ['a vbscript: link', '<p><a href="vbscript:msgbox(1)">x</a></p>', /has a vbscript: URL/],
    ['a data: link', '<p><a href="data:text/html;base64,PHNjcmlwdD4=">x</a></p>', /has a data: URL/],
    ['a scheme other than http, https, mailto', '<p><a href="file:///etc/passwd">x</a></p>', /has a file: URL/],
    ['javascript: in a non-URL attribute', '<p><span class="javascript:alert(1)">x</span></p>', /<span class> holds a script or data URL/],
    ['javascript: in a data attribute', '<p><span class="quote" data-quote-kind="javascript:alert(1)">x</span></p>', /<span data-quote-kind> holds a script or data URL/],
    ['an attribute the format does not write', '<p><a href="https://example.org/" target="_top">x</a></p>', /<a target> attribute is not allowed/],
    ['mXSS: an <img> breaking out of SVG <style> (parse5 sees it, htmlparser2 does not)', '<svg><style><img src=x onerror=alert(1)></style></svg>', /<img onerror> event handler/],
    ['a conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->', /HTML comment/],
    ['a <template> holding a script', '<template><script>alert(1)</script></template>', /<template> element/]
  ]

  it.each(html)('finds %s in a fragment', (_what, planted, finding) => {
    const findings = findExecutable(inFragment(planted), 'fragment')
    expect(findings.join('\n')).toMatch(finding)
  })

  it.each(html)('finds %s in a page', (_what, planted, finding) => {
    expect(findExecutable(inPage(planted), 'page').join('\n')).toMatch(finding)
  })

  it.each(html)('finds %s in a WordPress post’s content', (_what, planted, finding) => {
    const post = JSON.parse(real.wordpress) as { content: string }
    const planted_ = JSON.stringify({ ...post, content: inFragment(planted) })
    expect(findExecutable(planted_, 'wordpress').join('\n')).toMatch(finding)
  })

  it.each(html)('finds %s in the editor’s HTML', (_what, planted, finding) => {
    expect(findExecutable(`<p>Story</p>${planted}`, 'editor').join('\n')).toMatch(finding)
  })

  it('finds a second script, or one that breaks out of the JSON-LD block, in a page', () => {
    expect(findExecutable(real.page.replace('</head>', '<script>alert(1)</script>\n</head>'), 'page').join('\n')).toMatch(/<script type=""> runs/)
    const brokenOut = real.page.replace('"@type": "NewsArticle",', '"@type": "NewsArticle", "x": "</script><script>alert(1)</script>",')
    expect(findExecutable(brokenOut, 'page').join('\n')).toMatch(/does not hold JSON|<script type=""> runs/)
  })

  it('finds a stylesheet that loads something in a page', () => {
    expect(findExecutable(real.page.replace('a{color:#1f5fbf}', 'a{background:url(https://evil.example/x)}'), 'page').join('\n')).toMatch(/<style> that loads or runs/)
  })

  it('finds markup in a WordPress title or excerpt, which WordPress prints as HTML', () => {
    const post = JSON.parse(real.wordpress) as Record<string, unknown>
    expect(findExecutable(JSON.stringify({ ...post, title: '<script>alert(1)</script>' }), 'wordpress').join('\n')).toMatch(/wordpress title: <script> element/)
    expect(findExecutable(JSON.stringify({ ...post, excerpt: '<img src=x onerror=alert(1)>' }), 'wordpress').join('\n')).toMatch(/wordpress excerpt: <img onerror> event handler/)
  })

  it('finds what WordPress’s post allow-list would strip, and a post that is not JSON', () => {
    const post = JSON.parse(real.wordpress) as { content: string }
    expect(findExecutable(JSON.stringify({ ...post, content: inFragment('<p><a href="https://example.org/" download>x</a></p><input value="x">') }), 'wordpress').join('\n')).toMatch(
      /<input> is outside WordPress's post allow-list/
    )
    expect(findExecutable(real.wordpress.slice(0, -5), 'wordpress')[0]).toMatch(/not JSON/)
  })

  const markdown: [string, string, RegExp][] = [
    ['raw HTML', '<img src=x onerror=alert(1)>', /<img onerror> event handler/],
    ['a raw script', '<script>alert(1)</script>', /<script> element/],
    ['a javascript: link', '[x](javascript:alert(1))', /has a javascript: URL/],
    ['a javascript: autolink', '<javascript:alert(1)>', /has a javascript: URL/],
    ['a data: image', '![x](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)', /<img> element/]
  ]
  it.each(markdown)('finds %s in Markdown, as marked renders it', (_what, planted, finding) => {
    expect(findExecutable(`${real.markdown}\n${planted}\n`, 'markdown').join('\n')).toMatch(finding)
  })

  const nitf: [string, string, RegExp][] = [
    ['a script', '<script>alert(1)</script>', /<script> element/],
    ['an XHTML script in another namespace', '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>', /outside the NITF namespace/],
    ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>', /has a javascript: URL/],
    ['an event handler', '<p onclick="alert(1)">x</p>', /event handler/],
    ['an unescaped ampersand (text that broke out of its escaping)', '<p>a & b</p>', /not well-formed XML/],
    ['a character XML cannot hold', '<p>a\u0001b</p>', /not well-formed XML: character U\+0001/],
    ['an unescaped < in an attribute', '<p><a href="https://example.org/<x">x</a></p>', /not well-formed XML/],
    ['a mismatched end tag', '<p><em class="bold">x</p></em>', /not well-formed XML/],
    ['"]]>" in text', '<p>a ]]> b</p>', /not well-formed XML: "\]\]>"/],
    ['a comment', '<!-- x -->', /an XML comment/],
    ['a CDATA section', '<p><![CDATA[<script>alert(1)</script>]]></p>', /a CDATA section/]
  ]
  it.each(nitf)('finds %s in NITF, parsed as XML', (_what, planted, finding) => {
    expect(findExecutable(real.nitf.replace('</block>\n</body.content>', `${planted}\n</block>\n</body.content>`), 'nitf').join('\n')).toMatch(finding)
  })

  it('finds a stylesheet processing instruction and a DOCTYPE in NITF', () => {
    const withPi = real.nitf.replace('?>\n', '?>\n<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>\n')
    expect(findExecutable(withPi, 'nitf').join('\n')).toMatch(/processing instruction <\?xml-stylesheet\?>/)
    const withDoctype = real.nitf.replace('?>\n', '?>\n<!DOCTYPE nitf [<!ENTITY x "y">]>\n')
    expect(findExecutable(withDoctype, 'nitf').join('\n')).toMatch(/DOCTYPE/)
  })

  it('names the format in which it found something', () => {
    const formatsSeen = (['fragment', 'page', 'editor'] as ScanFormat[]).map((f) => findExecutable('<p><script>x</script></p>', f)[0])
    expect(formatsSeen.map((f) => f?.split(':')[0])).toEqual(['fragment', 'page', 'editor'])
  })
})
