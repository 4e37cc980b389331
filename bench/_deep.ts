import { importDraftFromBytes } from '../src/node/importFile'
import { bodyText } from '../src/shared/article/stats'
const para = '<p>' + 'The council voted on Tuesday to close the harbour road for repairs. '.repeat(8) + '</p>'
const cases: Record<string, string> = {
  divs: '<html><body>' + '<div>'.repeat(100000) + para.repeat(5) + '</div>'.repeat(100000) + '</body></html>',
  lists: '<html><body><article>' + para.repeat(3) + '<ul><li>'.repeat(20000) + 'deep' + '</li></ul>'.repeat(20000) + para.repeat(3) + '</article></body></html>',
  quotes: '<html><body><article>' + para.repeat(3) + '<blockquote>'.repeat(5000) + 'deep quote' + '</blockquote>'.repeat(5000) + '</article></body></html>',
  bold: '<html><body><article>' + '<b>'.repeat(100000) + para + '</b>'.repeat(100000) + '</article></body></html>',
}
async function main() { for (const [name, html] of Object.entries(cases)) {
  const t = performance.now()
  try {
    const r = await importDraftFromBytes(name + '.html', Buffer.from(html))
    console.log(name, r.webPage?.method, r.notice, bodyText(r.document.body).length, (performance.now() - t).toFixed(0), 'ms')
  } catch (e) { console.log(name, 'THREW', (e as Error).constructor.name, (e as Error).message.slice(0, 200)) }
} }
void main()
