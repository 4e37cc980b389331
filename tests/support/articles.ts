import { newArticle, type ArticleDocument } from '../../src/shared/article/document'

/** An article that uses every node and mark the body allows, with awkward text in every field. */
export function richArticle(): ArticleDocument {
  return {
    ...newArticle({
      headline: 'Foreign Ministry says there is evidence of Russia’s non-interference',
      dek: 'Moscow offers to publish “technical correspondence”.\nA second line.',
      byline: ['Jane Doe', 'Ivan Petrov'],
      dateline: 'MOSCOW',
      slug: 'russia-non-interference',
      tags: ['elections', 'Россия'],
      language: 'en-GB',
      wordTarget: 800
    }),
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '“We have nothing to hide,” ' },
            { type: 'text', text: 'Krutsky', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' said. ' },
            { type: 'text', text: 'Emphasis', marks: [{ type: 'italic' }, { type: 'bold' }] },
            { type: 'hardBreak' },
            {
              type: 'text',
              text: 'a link',
              marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } }]
            }
          ]
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two 🗳️' }] }] }
          ]
        },
        {
          type: 'orderedList',
          attrs: { start: 3, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }] }]
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A block quote.' }] }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Mailto' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'write', marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }] }]
        }
      ]
    }
  }
}

/** richArticle with sources, quote and attribution marks and a sourced block quote: every mark there is. */
export function articleWithEveryMark(): ArticleDocument {
  const article = richArticle()
  article.sources = [
    { id: 's-krutsky', name: 'Andrei Krutsky', kind: 'person', role: 'special envoy', organisation: 'Foreign Ministry', status: 'on-record', aliases: ['Krutsky'], contactNotes: 'PRIVATE-NUMBER-555' },
    { id: 's-deep', name: 'Deep Throat', kind: 'person', role: 'official', organisation: '', status: 'not-for-attribution', aliases: [], contactNotes: 'PRIVATE-GARAGE' }
  ]
  const first = article.body.content![0]!
  first.content = [
    { type: 'text', text: '“We have ', marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-krutsky', kind: 'direct' } }] },
    { type: 'text', text: 'nothing', marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-krutsky', kind: 'direct' } }, { type: 'bold' }] },
    { type: 'text', text: ' to hide,”', marks: [{ type: 'quote', attrs: { id: 'q-1', sourceId: 's-krutsky', kind: 'direct' } }] },
    { type: 'text', text: ' ' },
    { type: 'text', text: 'Krutsky said', marks: [{ type: 'attribution', attrs: { id: 'a-1', sourceId: 's-krutsky', quoteIds: ['q-1'] } }] },
    { type: 'text', text: '. An official called it “a ' },
    { type: 'text', text: 'farce', marks: [{ type: 'quote', attrs: { id: 'q-2', sourceId: 's-deep', kind: 'partial' } }] },
    { type: 'text', text: '” & <more>.' },
    ...first.content!.slice(3)
  ]
  const blockquote = article.body.content!.find((n) => n.type === 'blockquote')!
  blockquote.attrs = { sourceId: 's-krutsky' }
  return article
}

/**
 * articleWithEveryMark with two private notes: n-edge across the first quote's end and its attribution (open,
 * answered), n-farce on the second quote and the words after it (resolved). Their threads say NOTE-SECRET.
 */
export function articleWithNotes(): ArticleDocument {
  const article = articleWithEveryMark()
  const texts = article.body.content![0]!.content!
  const mark = (text: string, id: string): void => {
    const node = texts.find((n) => n.text === text)!
    node.marks = [...(node.marks ?? []), { type: 'note', attrs: { id } }]
  }
  for (const text of [' to hide,”', ' ', 'Krutsky said']) mark(text, 'n-edge')
  for (const text of ['farce', '” & <more>.']) mark(text, 'n-farce')
  const at = '2026-11-27T10:00:00.000Z'
  article.review.notes = {
    'n-edge': {
      excerpt: '“to hide,” Krutsky said”',
      thread: [
        { by: 'Ed Itor', at, text: 'Phone or press conference? NOTE-SECRET' },
        { by: 'Jane Doe', at, text: '=SUM(1) the phone, "Monday"' }
      ],
      resolved: null
    },
    'n-farce': { excerpt: '“farce” & <more>.”', thread: [{ by: 'Ed Itor', at, text: 'Who is the official? NOTE-SECRET' }], resolved: { by: 'Ed Itor', at } }
  }
  return article
}
