import {
  AFFILIATIONS,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PUBLICATION_ACRONYMS,
  PUBLICATION_WORDS,
  TITLES
} from './lexicon'
import givenNames from './data/givenNames'
import { looksLikeJobWord } from './jobWords'
import { isCapital, isPlace, namedAfterCountry } from './places'
import { isBlank } from './text'
import type { SourceKind, Span } from './types'

export interface NameMention extends Span {
  /** The name without titles: "Eastman" for "Professor Eastman". */
  name: string
  /** Title words stripped from the front ("Professor", "Home Secretary"). */
  title: string
  kind: SourceKind | 'unknown' | 'place'
  possessive: boolean
  /** Where the name itself starts, after any title. */
  nameStart: number
}

const TITLE_SET = new Set<string>(TITLES)
/** "R-Ohio", "D-Calif.", "I-Vt.", "DFL-Minn.": a US party letter and a state after a lawmaker's name. */
const PARTY_TAG = /^(?:R|D|I|DFL)-\p{Lu}/u
/** The start of a bracketed party tag, up to a name found inside it: "(R-S.", "(D-". */
const PARTY_TAG_OPENING = /\((?:R|D|I|DFL)-[\p{Lu}.]*$/u
const GIVEN_NAMES = new Set(givenNames.names)
const AFFILIATION_SET = new Set<string>(AFFILIATIONS)
const JOINERS = new Set(['of', 'for', 'the'])
const ORG_SET = new Set<string>(ORGANISATION_WORDS)
const PUB_SET = new Set<string>(PUBLICATION_WORDS)
const PUB_ACRONYMS = new Set<string>(PUBLICATION_ACRONYMS)

/** Capitalised words that begin sentences or clauses without naming anyone. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'For', 'From', 'To', 'Of', 'With', 'However', 'Earlier',
  'Later', 'According', 'But', 'And', 'Or', 'After', 'Before', 'Also', 'It', 'Its', 'This', 'That', 'These',
  'Those', 'When', 'While', 'Since', 'Yesterday', 'Today', 'Tomorrow', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'If', 'Then', 'So', 'Meanwhile',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Allegedly', 'Speaking', 'Discussing', 'During', 'Despite', 'Although', 'Though', 'Because', 'Under',
  'Over', 'Instead', 'Still', 'Even', 'Only', 'Both', 'Each', 'Every', 'All', 'Some', 'Many', 'Most',
  'Several', 'Other', 'Another', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Now', 'Not', 'No',
  'Yes', 'Image', 'Photo', 'Leave', 'Your', 'Required', 'Social', 'Share',
  // Words of English's closed classes that open a sentence before a name ("Besides Ana Ruiz", "Once Fetter").
  'Besides', 'Once', 'Unlike', 'Like', 'Among', 'Amid', 'Including', 'Following', 'Without', 'Within', 'Across',
  'Behind', 'Beyond', 'Inside', 'Outside', 'Until', 'Unless', 'Whether', 'Whereas', 'Perhaps', 'Again', 'Already',
  'Ultimately', 'Finally', 'Initially', 'Indeed', 'Otherwise', 'Thus', 'Hence', 'Therefore', 'Nevertheless',
  'Nonetheless', 'Moreover', 'Furthermore', 'Additionally', 'Separately', 'Elsewhere', 'Recently', 'Previously',
  'Currently', 'Fellow', 'Veteran', 'Longtime', 'Retired', 'Former', 'Then', 'Thanks', 'Asked', 'Told', 'Reached',
  'Contacted', 'Interviewed', 'Quoted', 'Writing', 'Addressing', 'Responding', 'Commenting', 'Explaining', 'Describing',
  // Numbers open sentences about groups ("Two Democrats from farm states …"), not names.
  'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty', 'Dozens',
  'Hundreds', 'Thousands', 'Millions', 'Half', 'Most',
  // Parts of a whole, before "of" and a name ("Part of Finch-Mensah's plan", "None of Ruiz's staff").
  'Part', 'None', 'Much', 'Rest', 'One', 'Few', 'Any', 'Either', 'Neither'
])

/**
 * Abbreviated months and weekdays ("Dec. 13", "Tues."): not names where they end a run of capitals, but "Jan" and
 * "Sat" can begin one ("Jan Kowalski").
 */
const SHORT_DATES = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun'])

/** A name right after a preposition of place ("in Port Calloway", "at Kellerton") is where something happens, not who speaks. */
const LOCATED = /(?:^|[^\p{L}])(?:in|at|near|outside|across|throughout|around|inside|into)\s+$/u
/** "from Murfreesboro": a place; but "a letter from Jane Doe" is from a person, so only a one-word name. */
const FROM = /(?:^|[^\p{L}])from\s+$/u

const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`
/** A plural possessive inside an organisation's name: the “Nurses’” of the Nurses’ Union, “Chiefs’” of a Chiefs’ Council. */
const PLURAL_POSSESSIVE = String.raw`\p{Lu}[\p{L}\p{M}]*s['’](?=[ \t]+(?:${ORGANISATION_WORDS.join('|')})\b)`
// A capitalised word (with inner hyphens and apostrophes), an abbreviated title ("Mr.", "Dr."), an initial
// ("J."), an initialism ("U.S.", "KCNA"), or a name with a particle or two ("al-Amr", "de Vincenti", "de la Vega").
const TOKEN = String.raw`(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt)\.|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=[ \t]+\p{Lu}[\p{Ll}])|${PARTICLE}-\p{Lu}[\p{L}\p{M}]*|${PARTICLE}(?=(?:[ \t]+${PARTICLE})?[ \t]+\p{Lu})|${PLURAL_POSSESSIVE}|\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{Lu}]?[\p{L}\p{M}]+)*)`
/** A nickname in quotation marks inside a full name: the “Tom” of Tomasz “Tom” Wieczorek. */
const NICKNAME = String.raw`["“]\p{Lu}[\p{L}\p{M}]*["”]`
const SEQUENCE = new RegExp(String.raw`${TOKEN}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|${NICKNAME}[ \t]+)?${TOKEN})*(?:['’]s?)?`, 'gu')
const IS_NICKNAME = new RegExp(`^${NICKNAME}$`, 'u')

/** Every run of capitalised words in a stretch of text, split and classified as a name, in text order. */
export function findNameMentions(text: string, from = 0, to = text.length): NameMention[] {
  const mentions: NameMention[] = []
  const slice = text.slice(from, to)
  SEQUENCE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = SEQUENCE.exec(slice))) {
    let sequence = match[0]
    let start = from + match.index
    // A particle glued to the end of a word ("while Kim" read as "le Kim"): the name starts after it. (Checked
    // here, not with a lookbehind in the pattern, which made every position of the text cost more.)
    if (/^\p{Ll}/u.test(sequence) && /[\p{L}\p{M}]/u.test(text[start - 1] ?? '')) {
      const next = /[ \t-]+/.exec(sequence)
      if (!next) continue
      start += next.index + next[0].length
      sequence = sequence.slice(next.index + next[0].length)
      if (!/^\p{Lu}/u.test(sequence)) continue
    }
    // Inside a party-and-state tag in brackets ("(R-S.C.)"): the state's letters name no one.
    if (bracketWithin(text, start, 8) && PARTY_TAG_OPENING.test(text.slice(Math.max(0, start - 8), start))) continue
    for (const part of splitSequence(sequence, start)) {
      const mention = classify(part.text, part.start)
      if (!mention) continue
      if (inDateline(text, mention)) mention.kind = 'place'
      const mayBePlace = mention.kind === 'person' || mention.kind === 'unknown' || (mention.kind === 'organisation' && isCapital(mention.name))
      if (mayBePlace && !mention.title && !mention.possessive && isBlank(text[mention.start - 1])) {
        const before = text.slice(Math.max(0, mention.start - 12), mention.start)
        if (LOCATED.test(before) || (mention.kind !== 'person' && FROM.test(before))) mention.kind = 'place'
      }
      // "near Tolliver Flats, Nebraska, said": the state or country set off after a place is a place too (but not
      // the subject after a fronted phrase: "back from Florida, Montalvo walked").
      const previous = mentions.at(-1)
      if (previous?.kind === 'place' && mention.kind !== 'place' && setOffAfter(text, previous, mention)) mention.kind = 'place'
      mentions.push(mention)
    }
  }
  // A capital that is also a word of a person's full name in this text is that person ("Margaret Hamilton …
  // Hamilton said", "Kingston"), not a government.
  const capitals = mentions.filter((m) => m.kind === 'organisation' && isCapital(m.name))
  if (capitals.length > 0) {
    const personWords = new Set(mentions.filter((m) => m.kind === 'person').flatMap((m) => m.name.split(' ')))
    for (const mention of capitals) if (personWords.has(mention.name)) mention.kind = 'unknown'
  }
  return mentions
}

/** What follows a dateline's place: perhaps a region ("Ohio", "Que."), perhaps the outlet in brackets, then a dash. */
const DATELINE_REST = /^\.?(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--)/u
/** What precedes a dateline's region: the place at the start of the line and a comma. */
const DATELINE_START = /(?:^|\n)[ \t]*\p{Lu}[\p{L} .'-]{0,40},[ \t]*$/u

/**
 * Whether a name is the place of a dateline ("DRESDEN FALLS, Ohio —", "VAL-BELLERIVE, Que. —", "Sawtooth Gulch,
 * Colorado (CNN) —"): where the story was filed, never who speaks.
 */
function inDateline(text: string, mention: NameMention): boolean {
  // What follows is the cheap test, anchored where the name ends; almost every name fails it at once.
  if (!DATELINE_REST.test(text.slice(mention.end, mention.end + 60))) return false
  return mention.start === 0 || text[mention.start - 1] === '\n' || DATELINE_START.test(text.slice(Math.max(0, mention.start - 48), mention.start))
}

/** Whether a name follows another with only a comma between and is set off after it: "Lark Flats, Nebraska, said". */
function setOffAfter(text: string, previous: NameMention, mention: NameMention): boolean {
  return /^,[ \t]*$/.test(text.slice(previous.end, mention.start)) && /^(?:[,;:)]|\.(?:\s|$)|$)/.test(text.slice(mention.end, mention.end + 2))
}

/** Whether an opening bracket lies in the `distance` characters before `offset`: the cheap test before the regex. */
function bracketWithin(text: string, offset: number, distance: number): boolean {
  for (let i = offset - 1; i >= 0 && i >= offset - distance; i--) if (text.charCodeAt(i) === 0x28) return true
  return false
}

interface Part {
  text: string
  start: number
}

/**
 * "Refugee Council Enver Solomon" is an organisation then a person; "Malaysia’s Prime Minister" a
 * possessor then a title. Split after an organisation or publication word and after a possessive.
 */
function splitSequence(sequence: string, start: number): Part[] {
  const parts: Part[] = []
  const words = [...sequence.matchAll(/\S+/g)]
  let partStart = 0
  words.forEach((word, index) => {
    const bare = word[0].replace(/[’']s?$/, '').replace(/\.$/, '')
    const next = words[index + 1]?.[0]
    const possessive = /[’']s?$/.test(word[0]) && index < words.length - 1 && !(/s[’']$/.test(word[0]) && ORG_SET.has(next!))
    // A word after "of" belongs to the name it ends ("Federation of Independent Business"), whatever it is.
    const afterOf = words[index - 1]?.[0] === 'of'
    const endsInstitution = (ORG_SET.has(bare) || PUB_SET.has(bare)) && !afterOf && next !== undefined && next !== 'of' && !ORG_SET.has(next) && !PUB_SET.has(next)
    if (possessive || endsInstitution || index === words.length - 1) {
      const end = word.index + word[0].length
      parts.push({ text: sequence.slice(partStart, end), start: start + partStart })
      partStart = words[index + 1]?.index ?? end
    }
  })
  return parts
}

function classify(raw: string, start: number): NameMention | null {
  let text = raw
  let offset = start
  const possessive = /[’']s?$/.test(text)
  text = text.replace(/[’']s?$/, '')
  // Drop leading words that are not part of a name ("The", "In", "However"), and trailing day and month
  // names, which are dates ("Questions Wednesday"). Counted, then cut once: a long run of them stays linear.
  const all = text.split(/\s+/)
  let first = 0
  while (first < all.length && NOT_NAMES.has(all[first]!)) offset += all[first++]!.length + 1
  // The "of" (and "the") that joined such words to a name: "Part of Finch-Mensah's" names Finch-Mensah.
  if (first > 0) while (first < all.length && (all[first] === 'of' || all[first] === 'the')) offset += all[first++]!.length + 1
  let end = all.length
  while (end > first && (NOT_NAMES.has(all[end - 1]!) || SHORT_DATES.has(all[end - 1]!))) end--
  if (first === end) return null
  // A party-and-state tag after a name ("R-Ohio", "D-Calif.") names no one.
  if (end - first === 1 && PARTY_TAG.test(all[first]!)) return null
  // "Renata Gaskill of Knoxville", "Chief Justice Harriet Solano of the Nevada Supreme Court": a person (two words
  // of name before "of", besides titles) and where they are from or what they lead, which is not part of the name.
  const of = all.indexOf('of', first)
  const beforeOf = of === -1 || of >= end ? [] : all.slice(first, of)
  const cutAtOf = beforeOf.filter((w) => !TITLE_SET.has(w.replace(/\.$/, ''))).length >= 2 && !beforeOf.some((w) => ORG_SET.has(w) || PUB_SET.has(w))
  if (cutAtOf) end = of
  const words = all.slice(first, end)
  text = words.join(' ')
  const bareWords = words.map((w) => w.replace(/\.$/, ''))
  const last = bareWords[bareWords.length - 1]!
  // An institution "of" something is an organisation, whatever words follow: "Federation of Independent Business".
  const institutionOf = beforeOf.some((w) => ORG_SET.has(w))
  if (!institutionOf && (bareWords.some((w) => PUB_SET.has(w)) || bareWords.some((w) => PUB_ACRONYMS.has(w)))) {
    return { start: offset, end: offset + text.length, name: withoutArticle(text), title: '', kind: 'publication', possessive, nameStart: offset }
  }
  if (bareWords.some((w) => ORG_SET.has(w)) || namedAfterCountry(bareWords)) {
    return { start: offset, end: offset + text.length, name: withoutArticle(text), title: '', kind: 'organisation', possessive, nameStart: offset }
  }
  // Titles in front: "Home Secretary Suella Braverman", "Professor Eastman".
  let titleCount = 0
  while (titleCount < words.length - 1 && (TITLE_SET.has(bareWords[titleCount]!) || (titleCount > 0 && JOINERS.has(bareWords[titleCount]!)))) titleCount++
  while (titleCount > 0 && JOINERS.has(bareWords[titleCount - 1]!)) titleCount--
  if (titleCount === words.length - 1 && TITLE_SET.has(last)) titleCount = words.length
  // A title after words that qualify it ("Agriculture Minister", "Conservative Leader"): the words up to the
  // last title word that leaves two words of name are the title, not the name.
  for (let i = words.length - 3; i >= titleCount; i--) {
    if (TITLE_SET.has(bareWords[i]!) && i > 0) {
      titleCount = i + 1
      break
    }
  }
  // A job word in front of a full name is a title too: "Manager Francesca Lombardi-Okoro", "Author Imogen Wu".
  if (words.length - titleCount >= 3 && looksLikeJobWord(bareWords[titleCount]!) && !GIVEN_NAMES.has(bareWords[titleCount]!)) titleCount++
  // So is a party in front of a full name ("Democrat Carla Nyberg", "Liberal MP …"). Two words of name always stay.
  while (words.length - titleCount >= 3 && AFFILIATION_SET.has(bareWords[titleCount]!)) titleCount++
  const nameWords = words.slice(titleCount)
  // "Minister of Long-Term Care": a title and its portfolio, no name.
  if (nameWords.length === 0 || JOINERS.has(nameWords[0]!)) return null
  const title = words.slice(0, titleCount).join(' ')
  const nameStart = offset + (titleCount ? title.length + 1 : 0)
  const name = nameWords.filter((w) => !IS_NICKNAME.test(w)).join(' ').replace(/\.$/, '')
  if (nameWords.length === 1 && NOT_NAMES.has(name)) return null
  const kind: NameMention['kind'] =
    isPlace(nameWords.map((w) => w.replace(/\.$/, '')))
      ? 'place'
      : nameWords.length === 1 && isCapital(name)
      ? 'organisation'
      : /^(?:\p{Lu}\.?){2,6}$/u.test(name)
        ? 'organisation'
        : nameWords.length >= 2 || title
          ? 'person'
          : 'unknown'
  return { start: offset, end: offset + text.length, name, title, kind, possessive: possessive && !cutAtOf, nameStart }
}

function withoutArticle(name: string): string {
  return name.replace(/^(?:The|A|An)\s+/, '')
}
