/**
 * A synthetic news article of about `words` words with a realistic density of attribution: a quotation
 * every 40 words or so, rotating speakers introduced with full names and roles, then referred to by
 * surname, pronoun and description, plus some reported speech.
 */
export function generateArticle(words: number): string {
  const people = [
    ['Maria Lopez', 'the city’s transport commissioner', 'Lopez', 'she'],
    ['David Chen', 'a spokesman for the Harbour Authority', 'Chen', 'he'],
    ['Amina Yusuf', 'the council’s finance chair', 'Yusuf', 'she'],
    ['Peter Novak', 'a union organiser', 'Novak', 'he']
  ] as const
  const filler = 'The plan would change how the port handles freight and how commuters cross the river each morning'
  const paragraphs: string[] = []
  let count = 0
  let turn = 0
  while (count < words) {
    const [name, role, surname, pronoun] = people[turn % people.length]!
    const introduced = turn >= people.length
    const who = introduced ? surname : `${name}, ${role},`
    const paragraph = [
      `${filler}, according to documents seen by reporters.`,
      `“We have waited a long time for this decision and we will keep watching the costs,” ${who} said.`,
      `${introduced ? surname : name.split(' ')[1]} told the committee that the budget was “not yet settled” and ${pronoun} added that talks would continue.`
    ].join(' ')
    paragraphs.push(paragraph)
    count += paragraph.split(/\s+/).length
    turn++
  }
  return paragraphs.join('\n\n')
}
