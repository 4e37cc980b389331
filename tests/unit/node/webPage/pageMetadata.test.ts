import { describe, expect, it } from 'vitest'
import { bylineNames } from '../../../../src/node/webPage/byline'
import { jsonLdArticle } from '../../../../src/node/webPage/jsonLd'
import { parsePage } from '../../../../src/node/webPage/pageDom'
import { pageMetadata, readPageTags, withoutSiteName } from '../../../../src/node/webPage/pageMetadata'
import { isPageFurniture } from '../../../../src/node/webPage/pageFurniture'
import { publicationDate } from '../../../../src/node/webPage/publicationDate'

describe('a byline as pages print it', () => {
  it.each([
    ['By Erin Cunningham', ['Erin Cunningham']],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['JOE HILDEBRAND', ['Joe Hildebrand']],
    ['By Brenda  Goodman, MA\n        WebMD Health News', ['Brenda Goodman']],
    ['By Maggie Haberman and Shira Toeplitz', ['Maggie Haberman', 'Shira Toeplitz']],
    ['Ana Sandoiu & Tim Newman | Updated March 3, 2019 at 6:01 am', ['Ana Sandoiu', 'Tim Newman']],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', []],
    ['https://www.nytimes.com/by/jeffrey-gettleman', []],
    ['Written by: Seán Ó Ríordáin', ['Seán Ó Ríordáin']],
    ['Click here to read more of what our reporters have said about this', []]
  ])('%j → %j', (raw, names) => {
    expect(bylineNames(raw)).toEqual(names)
  })
})

describe('the headline without the site', () => {
  it.each([
    ["Obama admits US gun laws are his 'biggest frustration' - BBC News", 'BBC News', "Obama admits US gun laws are his 'biggest frustration'"],
    ['Russia says no interference | TOP-NEWS', 'Top News', 'Russia says no interference'],
    ['Where do relations go - The Washington Post', 'Washington Post', 'Where do relations go'],
    // A colon inside the headline is the headline's own: it is kept when what follows is not the site.
    ['Zimbabwe coup: Mugabe insists he finishes his term', 'The Telegraph', 'Zimbabwe coup: Mugabe insists he finishes his term'],
    ['A headline - with a dash', '', 'A headline - with a dash']
  ])('%j on %j', (title, site, headline) => {
    expect(withoutSiteName(title, site)).toBe(headline)
  })
})

describe('the publication date', () => {
  it.each([
    [['2015-07-24T05:36:09+01:00'], '2015-07-24T05:36:09+01:00'],
    [['2017-11-03 03:01:00.000000'], '2017-11-03T03:01:00.000'],
    [['2017-11-16T14:15+0000'], '2017-11-16T14:15+00:00'],
    [['Mon, 01 Feb 2016 06:28:00 GMT'], '2016-02-01T06:28:00.000Z'],
    [['not a date', '', '2019-04-28'], '2019-04-28'],
    [['0001-01-01T00:00:00Z'], null],
    [[null, undefined], null]
  ])('%j → %j', (candidates, date) => {
    expect(publicationDate(candidates)).toBe(date)
  })
})

describe("a page's JSON-LD", () => {
  const page = (...blocks: string[]) => parsePage(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`)

  it('finds the article in a @graph beside the web page and the organisation, skipping a block that is not JSON', () => {
    const found = jsonLdArticle(
      page(
        '{ not json',
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', name: 'Home' },
            { '@type': 'NewsArticle', headline: 'Port strike ends', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, 'Tom Beck'], datePublished: '2024-03-01T09:00:00Z', publisher: { '@type': 'Organization', name: 'Harbour Times' }, articleBody: 'First.\nSecond.' }
          ]
        })
      )
    )
    expect(found).toMatchObject({ headline: 'Port strike ends', authors: ['Ana Ruiz', 'Tom Beck'], datePublished: '2024-03-01T09:00:00Z', publisher: 'Harbour Times', articleBody: 'First.\nSecond.' })
  })

  it('is null for a page without one, and survives a block nested without end', () => {
    expect(jsonLdArticle(page())).toBeNull()
    const deep = `${'{"mainEntity":'.repeat(100_000)}{"@type":"NewsArticle","headline":"Too deep"}${'}'.repeat(100_000)}`
    expect(jsonLdArticle(page(deep))).toBeNull()
  })
})

describe("the page's metadata", () => {
  it('takes each field from the best place that has it, and the site from a URL given as a name', () => {
    const document = parsePage(`<html lang="en-GB"><head><title>Port strike ends | Harbour Times</title>
      <meta property="og:site_name" content="http://www.harbourtimes.example">
      <meta name="description" content="Dockers back at work after nine days.">
      <meta property="article:published_time" content="2024-03-01T09:00:00Z">
      <link rel="canonical" href="https://harbourtimes.example/port-strike-ends">
      <meta property="author" content="Ana Ruiz"></head><body><p>By Ana Ruiz</p></body></html>`)
    const metadata = pageMetadata(readPageTags(document), { title: 'Port strike ends | Harbour Times' }, ['By Ana Ruiz'])
    expect(metadata).toEqual({
      headline: 'Port strike ends',
      byline: ['Ana Ruiz'],
      dek: 'Dockers back at work after nine days.',
      published: '2024-03-01T09:00:00Z',
      siteName: 'harbourtimes.example',
      url: 'https://harbourtimes.example/port-strike-ends',
      language: 'en-GB'
    })
  })

  it('keeps no address that is not http or https', () => {
    const document = parsePage('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>')
    expect(pageMetadata(readPageTags(document), null, []).url).toBe('')
  })
})

describe('page furniture among the paragraphs', () => {
  it.each([
    'Advertisement',
    'Continue reading the main story',
    'STORY HIGHLIGHTS',
    'Read more:',
    'Read the full transcript of his interview',
    'SIGN UP FOR OUR NEWSLETTER',
    'Get Deadline news and alerts FREE to your inbox...',
    '© 2011 CNBC.com',
    'Updated: August 13, 2010, 5:02 PM ET',
    'Image: SixThirty',
    '10 réactions',
    'MORE COMMENTARY »',
    'Publié le 29/10/2012',
    '(MORE: ‘Laughter Shocks’: 13 Best Tweets About the East Coast Earthquake)',
    'Topics: Crack, damage, earthquake, nation',
    'Mandel Ngan / AFP / Getty Images',
    '(Mary Ellen Matthews)',
    '861'
  ])('%j goes', (line) => {
    expect(isPageFurniture(line)).toBe(true)
  })

  it.each([
    'Read more about the plan in the council’s report, published on Monday.',
    'Share prices fell 3 per cent on the news.',
    'Updated figures from the treasury show the harbour lost money in 2019.',
    'Subscribers to the council’s newsletter were told first, the mayor said.',
    'Related: Rich are paying more in taxes but not as much as they used to',
    '“Continue reading,” she told the class, “and you will see why.”',
    'Israel / Palestine',
    '(Reuters)',
    'More than 200 people were hurt: police said the count would rise.'
  ])('%j stays', (line) => {
    expect(isPageFurniture(line)).toBe(false)
  })
})
