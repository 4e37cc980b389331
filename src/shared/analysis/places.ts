import places from './data/places'

/**
 * Where a capitalised phrase is a place or an event (which never speak) or a capital standing for its government.
 * Countries, demonyms and capitals come from a data package (data/places.json); the feature and event words are
 * general English, not names from any article.
 */

/** Words that make any capitalised phrase holding them a place or an event: "Harbour Road", "Dragon Festival". */
const FEATURE_WORDS = new Set([
  'States', 'Kingdom', 'Republic', 'Emirates', 'Islands', 'Island', 'Isles', 'Sea', 'Ocean', 'River', 'Lake', 'Mountains',
  'Mountain', 'Mount', 'Street', 'Avenue', 'Road', 'Lane', 'Boulevard', 'Highway', 'Motorway', 'Square', 'Bridge', 'Mosque',
  'Cathedral', 'Temple', 'Airport', 'Station', 'County', 'Province', 'Region', 'City', 'Town', 'Village', 'Township',
  'District', 'Borough', 'Valley', 'Coast', 'Bay', 'Beach', 'Harbour', 'Harbor', 'Port', 'Gulf', 'Strait', 'Peninsula',
  'Desert', 'Canal', 'Stadium', 'Arena', 'Asia', 'Europe', 'Africa', 'America',
  'Americas', 'Antarctica', 'Oceania', 'Arctic', 'Pacific', 'Atlantic', 'Mediterranean',
  // Events: they happen; they do not speak.
  'Festival', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Tournament', 'Fair', 'Expo', 'Summit',
  'Marathon', 'Parade', 'Carnival', 'Week', 'Awards', 'Prize', 'Election', 'Elections', 'War', 'Hurricane'
])
// Not here, though they name places too: words that are also common surnames (Hill, Park, Woods, Forest, Storm).

const lastWordsOf = (names: string[]): Set<string> => new Set(names.map((name) => name.split(/\s+/).pop()!))
/** A country's name or its last word ("Korea" of "South Korea"), and the words for its people ("Korean"). */
const COUNTRY_NAME_WORDS = lastWordsOf(places.countries)
const COUNTRY_WORDS = new Set([...COUNTRY_NAME_WORDS, ...lastWordsOf(places.demonyms)])
const COUNTRIES = new Set(places.countries)
const CAPITALS = new Set(places.capitals)

/**
 * A place: a phrase holding a feature or event word, or one that ends with a country's name or a demonym
 * ("South Korea", "the Russian") — but not a person whose first name is a country ("Jordan Peterson").
 */
export function isPlace(nameWords: string[]): boolean {
  if (nameWords.some((word) => FEATURE_WORDS.has(word))) return true
  return COUNTRIES.has(nameWords.join(' ')) || (COUNTRY_WORDS.has(nameWords[nameWords.length - 1]!) && !namedAfterCountry(nameWords))
}

/** Words that make a country's name a part of it ("South Korea", "Northern Ireland", "Greater China"). */
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Inner', 'Outer', 'New', 'Great', 'Greater', 'Mainland', 'Rural', 'Urban', 'Coastal'])
const DEMONYM_WORDS = new Set(places.demonyms.flatMap((demonym) => demonym.split(/\s+/)))

/**
 * A body named after its country ("Health Canada", "Air Canada", "Statistics Canada"): words before a country's
 * name that do not make it a part of the country. It speaks, as an organisation.
 */
export function namedAfterCountry(words: string[]): boolean {
  return (
    words.length >= 2 &&
    COUNTRY_NAME_WORDS.has(words[words.length - 1]!) &&
    !COUNTRIES.has(words.join(' ')) &&
    !words.slice(0, -1).every((word) => DIRECTIONS.has(word) || FEATURE_WORDS.has(word) || DEMONYM_WORDS.has(word))
  )
}

/** A capital named alone stands for its government: "Moscow said", "Washington denied". */
export const isCapital = (name: string): boolean => CAPITALS.has(name)
