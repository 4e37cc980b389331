/**
 * The words the engine recognises. Lists, not rules: extend them here and every pattern picks them up.
 */

/**
 * Reporting verbs of English, in the past and present forms news copy uses: a general list (the verbs grammars
 * and style guides list for attributing speech), not words taken from any article.
 */
const REPORTING_VERBS = [
  ['said', 'says', 'say'], ['told', 'tells', 'tell'], ['added', 'adds'], ['wrote', 'writes', 'written'], ['reported', 'reports', 'reporting'],
  ['insisted', 'insists'], ['urged', 'urges'], ['stated', 'states', 'stating'], ['explained', 'explains', 'explaining'],
  ['noted', 'notes'], ['asked', 'asks'], ['declared', 'declares'], ['claimed', 'claims'], ['argued', 'argues'],
  ['warned', 'warns'], ['announced', 'announces'], ['confirmed', 'confirms'], ['commented', 'comments'],
  ['continued', 'continues'], ['replied', 'replies'], ['responded', 'responds'], ['recalled', 'recalls'],
  ['acknowledged', 'acknowledges'], ['admitted', 'admits'], ['stressed', 'stresses'], ['emphasised', 'emphasises'],
  ['emphasized', 'emphasizes'], ['asserted', 'asserts'], ['concluded', 'concludes'], ['reasoned', 'reasons'],
  ['remarked', 'remarks'], ['observed', 'observes'], ['reads', 'read'], ['quoted'], ['tweeted', 'tweets'], ['posted', 'posts'],
  ['testified', 'testifies'], ['conceded', 'concedes'], ['predicted', 'predicts'], ['promised', 'promises'],
  ['suggested', 'suggests'], ['denied', 'denies'], ['alleged', 'alleges'], ['agreed', 'agrees'],
  ['quipped', 'quips'], ['scoffed', 'scoffs'], ['cautioned', 'cautions'], ['countered', 'counters'], ['lamented', 'laments'],
  ['boasted', 'boasts'], ['bragged', 'brags'], ['joked', 'jokes'], ['pleaded', 'pleads'], ['vowed', 'vows'], ['pledged', 'pledges'],
  ['mused', 'muses'], ['sighed', 'sighs'], ['shouted', 'shouts'], ['yelled', 'yells'], ['exclaimed', 'exclaims'],
  ['retorted', 'retorts'], ['snapped', 'snaps'], ['whispered', 'whispers'], ['murmured', 'murmurs'], ['muttered', 'mutters'],
  ['complained', 'complains'], ['protested', 'protests'], ['objected', 'objects'], ['recounted', 'recounts'],
  ['reflected', 'reflects'], ['maintained', 'maintains'], ['contended', 'contends'], ['elaborated', 'elaborates'],
  ['clarified', 'clarifies'], ['reiterated', 'reiterates'], ['repeated', 'repeats'], ['affirmed', 'affirms'],
  ['assured', 'assures'], ['confessed', 'confesses'], ['cried', 'cries'], ['groaned', 'groans'], ['grumbled', 'grumbles'],
  ['laughed', 'laughs'], ['marvelled', 'marveled', 'marvels'], ['mocked', 'mocks'], ['opined', 'opines'],
  ['proclaimed', 'proclaims'], ['ranted', 'rants'], ['reminded', 'reminds'], ['revealed', 'reveals'], ['speculated', 'speculates'],
  ['teased', 'teases'], ['wondered', 'wonders'], ['texted', 'texts'], ['emailed', 'emails'], ['blogged', 'blogs'],
  ['answered', 'answers'], ['begged', 'begs'], ['demanded', 'demands'], ['fumed', 'fumes'], ['gushed', 'gushes'],
  ['hinted', 'hints'], ['implored', 'implores'], ['interjected', 'interjects'], ['mentioned', 'mentions'], ['swore', 'swears'],
  ['thundered', 'thunders'], ['whined', 'whines'], ['pointed out', 'points out'], ['shot back', 'shoots back'],
  ['went on', 'goes on'], ['chimed in', 'chimes in'], ['summed up', 'sums up'], ['estimated', 'estimates'],
  ['advised', 'advises'], ['wrote in', 'writes in'], ['call for', 'calls for', 'called for'],
  // "was quoted as saying", "issued a statement saying": the speaker is the subject before.
  ['saying']
] as const

/** One reporting verb or phrase, in any of its forms. */
export type SpeechCue = (typeof REPORTING_VERBS)[number][number]

/** Verbs and phrases that report speech or writing. */
export const SPEECH_CUES: readonly SpeechCue[] = [...new Set(REPORTING_VERBS.flat())]

/** Cues that only attribute when a quotation follows in the same sentence ("called the ruling “dangerous”"). */
export const WEAK_CUES = [
  'called', 'calls', 'described', 'describes', 'cited', 'cites', 'termed', 'terms', 'dubbed', 'dubs', 'labelled', 'labeled',
  'labels', 'branded', 'brands', 'likened', 'likens', 'characterised', 'characterized', 'hailed', 'hails', 'praised', 'praises',
  'criticised', 'criticized', 'condemned', 'condemns', 'blasted', 'slammed', 'decried', 'decries', 'dismissed', 'dismisses',
  'accused', 'accuses'
] as const

/** Cues that come before the speaker: "according to X", "in the words of X". */
export const LEADING_CUES = ['according to', 'in the words of', 'quoting'] as const

/** Titles and honorifics dropped from a speaker's name. */
export const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Father',
  'Ambassador', 'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Senator', 'Sen', 'Rep',
  'Representative', 'Governor', 'Gov', 'Mayor', 'General', 'Gen', 'Colonel', 'Col', 'Captain', 'Capt',
  'Lieutenant', 'Sergeant', 'Sgt', 'Judge', 'Justice', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess',
  'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Sheikh', 'Chairman', 'Chairwoman', 'Chair',
  'Director', 'Chief', 'Commissioner', 'Inspector', 'Detective', 'Officer', 'Undersecretary', 'Home',
  'Foreign', 'Shadow', 'Deputy', 'Assistant', 'Attorney', 'Coach', 'Captain', 'Premier', 'Councillor',
  'Councilman', 'Councilwoman', 'Speaker', 'Leader', 'Editor', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Senior', 'Environment', 'Education', 'Health', 'Finance', 'Defence', 'Defense', 'Interior', 'Justice',
  'Trade', 'Labour', 'Labor', 'Transport', 'State', 'Crown', 'Supreme', 'QC', 'SC', 'CEO', 'MP', 'MPP', 'MLA', 'MEP',
  'MSP', 'TD', 'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman', 'Alderman', 'Alderwoman', 'Councilor',
  'Sheriff', 'Marshal', 'Constable', 'Superintendent', 'Trustee', 'Provost', 'Pastor', 'Reverend', 'Coroner',
  'Treasurer', 'Comptroller', 'Auditor', 'Clerk', 'Warden', 'Ombudsman', 'Magistrate', 'Prosecutor', 'Commander',
  'Admiral', 'Corporal', 'Whip',
  // Plural titles before two names: "Senators Abel Horvath of Maine and Greta Lindqvist of Iowa".
  'Senators', 'Sens', 'Representatives', 'Reps', 'Councillors', 'Councilors'
] as const

/** Words that open a sentence before its subject: "But she …", "However, he …". */
export const SENTENCE_CONNECTIVES = ['But', 'And', 'Yet', 'So', 'Still', 'Now', 'Then', 'Later', 'Instead', 'However'] as const

/** Political affiliations written before a name like a title: "Democrat Carla Nyberg", "Conservative Leader …". */
export const AFFILIATIONS = [
  'Democrat', 'Democratic', 'Republican', 'Liberal', 'Conservative', 'Labour', 'Labor', 'Tory', 'Green', 'Independent',
  'Socialist', 'Progressive', 'Libertarian', 'Unionist', 'Nationalist', 'Populist', 'Separatist', 'Sovereigntist', 'Federalist'
] as const

/**
 * Lower-case particles inside names, one or two before the surname: "Suleiman al-Amr", "Claudio De Vincenti",
 * "Ludwig van Beethoven", "Ramón de la Vega", "Luz de los Ríos".
 */
export const NAME_PARTICLES = ['al', 'el', 'bin', 'ibn', 'de', 'del', 'della', 'di', 'da', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'los', 'las', 'dos', 'das'] as const

/** Words that make a capitalised phrase an organisation. */
export const ORGANISATION_WORDS = [
  'Ministry', 'Department', 'Agency', 'Authority', 'Office', 'Council', 'Committee', 'Commission', 'Party',
  'Government', 'Administration', 'Bureau', 'Service', 'Services', 'Police', 'Army', 'Navy', 'Court',
  'Parliament', 'Congress', 'Senate', 'Assembly', 'University', 'Institute', 'Association', 'Union',
  'Federation', 'Foundation', 'Organisation', 'Organization', 'Corporation', 'Company', 'Bank', 'Board',
  'Church', 'Conference', 'Center', 'Centre', 'Group', 'Inc', 'Ltd', 'Corp', 'Municipality', 'Coalition',
  'Alliance', 'Forces', 'Command', 'Kremlin', 'Pentagon', 'Commissioner', 'Cross', 'Nations', 'Fund',
  'Network', 'Secretariat', 'Embassy', 'Consulate', 'Cabinet', 'Directorate', 'Team', 'Club', 'Trust', 'Hospital',
  'School', 'College', 'Academy', 'Society', 'League', 'Project', 'Clinic', 'Museum', 'Library', 'Partnership',
  'Initiative', 'Campaign', 'Tribunal', 'Exchange', 'Airlines', 'Airways', 'Railway', 'Railways', 'Refuge', 'Charity',
  'Cooperative', 'Co-operative', 'Collective', 'Guild', 'Chamber', 'Caucus', 'Mission', 'Institution', 'Industries',
  'Holdings', 'Partners', 'Laboratory', 'Laboratories', 'Orchestra', 'Choir', 'Movement', 'Front', 'Confederation',
  'Consortium', 'Firm', 'Brigade', 'Regiment', 'Utility', 'Utilities'
] as const

/** Words that make a capitalised phrase a publication or broadcaster: a second-hand source. */
export const PUBLICATION_WORDS = [
  'Post', 'Times', 'Journal', 'News', 'Herald', 'Gazette', 'Tribune', 'Telegraph', 'Guardian', 'Observer',
  'Independent', 'Mirror', 'Express', 'Chronicle', 'Daily', 'Weekly', 'Magazine', 'Review', 'Press',
  'Broadcasting', 'Television', 'Radio', 'TV', 'Wire', 'Reuters', 'Bloomberg', 'Economist', 'Standard', 'Sun',
  'Record', 'Star', 'Globe', 'Inquirer', 'Monitor', 'Bulletin', 'Courier', 'Dispatch', 'Sentinel', 'Examiner', 'Register'
] as const

/** Acronyms of broadcasters and news agencies (general ones; an acronym the story defines, "(KCNA)", is learned from it). */
export const PUBLICATION_ACRONYMS = ['AP', 'AFP', 'BBC', 'CNN', 'CBC', 'ABC', 'NBC', 'CBS', 'NPR', 'PBS', 'DPA', 'ANSA', 'EFE', 'NHK', 'UPI', 'WSJ', 'NYT'] as const

/** Nouns that name a document: "the report", "the letter". */
export const DOCUMENT_NOUNS = [
  'report', 'letter', 'statement', 'memo', 'memorandum', 'study', 'document', 'ruling', 'judgment', 'filing', 'indictment',
  'survey', 'book', 'questionnaire', 'review', 'audit', 'paper', 'post', 'note',
  // What courts and tribunals are given and give.
  'lawsuit', 'suit', 'complaint', 'petition', 'motion', 'affidavit', 'application', 'decision', 'opinion', 'analysis'
] as const

export const PERSON_PRONOUNS = ['he', 'she', 'him', 'her', 'his'] as const
export const GROUP_PRONOUNS = ['it', 'its', 'they', 'them', 'their'] as const
/** Every pronoun that can stand for a speaker. */
export const PRONOUNS = [...PERSON_PRONOUNS, ...GROUP_PRONOUNS] as const
type Pronoun = (typeof PRONOUNS)[number]
/** Pronouns that can be the subject of a cue: "he said", "they added". Not "her" ("her mother, Fiona, said"), "his" or "them". */
export const SUBJECT_PRONOUNS: readonly Pronoun[] = ['he', 'she', 'it', 'they']
/** The person pronouns that stand for a woman. */
export const FEMININE_PRONOUNS: readonly Pronoun[] = ['she', 'her']
export const isPronoun = (word: string): boolean => (PRONOUNS as readonly string[]).includes(word.toLowerCase())

/** Cues whose clause reports what someone said without quoting it ("Krutsky said that ..."). */
export const PARAPHRASE_CUES: readonly SpeechCue[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'reported', 'reports', 'wrote', 'writes', 'noted',
  'notes', 'stated', 'states', 'explained', 'insisted', 'insists', 'urged', 'urges', 'claimed', 'claims',
  'argued', 'argues', 'warned', 'warns', 'announced', 'confirmed', 'concluded', 'concludes', 'asserted',
  'acknowledged', 'admitted', 'stressed', 'emphasised', 'emphasized', 'alleged', 'alleges', 'denied',
  'testified', 'predicted', 'suggested'
]

/** Verbs that, right after a capitalised word opening a sentence, make that word a speaker ("Noori said", "Smith went on"): every speech cue but "read(s)", which a title can do. */
export const SPEAKER_VERBS: readonly string[] = SPEECH_CUES.filter((cue) => cue !== 'read' && cue !== 'reads')

/** Phrases for sources that are not named ("officials", "people familiar with"). */
export const ANONYMOUS_SOURCES = [
  'officials', 'sources', 'a source', 'one source', 'an official', 'one official', 'people familiar with',
  'persons familiar with', 'insiders', 'aides', 'diplomats', 'analysts'
] as const

/** Up to three words in front of an anonymous source that belong to it ("senior U.S. officials"), besides capitalised ones. */
export const ANONYMOUS_MODIFIERS = [
  'senior', 'junior', 'top', 'government', 'administration', 'unnamed', 'anonymous', 'western', 'intelligence',
  'military', 'local', 'federal', 'state', 'security', 'two', 'three', 'four', 'several', 'some', 'many', 'other'
] as const

/** Lines that belong to the web page around a story, not to the story. */
export const BOILERPLATE_LINES = [
  /^leave a (?:reply|comment)\b/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /\bpowered by\b/i,
  /^share (?:this|on)\b/i,
  /^(?:social )?share buttons?\b/i,
  /^read (?:the rest|more)(?: here)?\b/i,
  /^click here\b/i,
  /^(?:sign up|subscribe)\b/i,
  /^(?:\d+\s+)?comments?\b/i,
  /^(?:related|see also|advertisement|sponsored)\b:?/i,
  /^(?:post navigation|previous post|next post)\b/i,
  /^(?:cookie|we use cookies)\b/i
]

/** Job words written in front of a name: "team member Rodaba Noori", "special prosecutor Robert Mueller". */
export const ROLE_NOUNS = [
  'member', 'researcher', 'spokeswoman', 'spokesman', 'spokesperson', 'coach', 'director', 'editor',
  'professor', 'prosecutor', 'campaigner', 'barrister', 'lawyer', 'attorney', 'minister', 'secretary',
  'president', 'ambassador', 'envoy', 'representative', 'official', 'analyst', 'chief', 'leader', 'captain',
  'player', 'manager', 'chairman', 'chairwoman', 'founder', 'executive', 'economist', 'scientist', 'doctor',
  'judge', 'reporter', 'correspondent', 'academic', 'activist', 'senator', 'governor', 'mayor', 'commander',
  'officer', 'detective', 'musician', 'actor', 'undersecretary', 'counsel', 'adviser', 'advisor', 'candidate'
] as const

/** Nouns for a person, which make a description a speaker: "a senior official", "one resident", "the spokeswoman". */
export const PERSON_NOUNS: readonly string[] = [...new Set([
  ...ROLE_NOUNS, 'spokesman', 'spokeswoman', 'resident', 'nurse', 'teacher', 'worker', 'employee', 'source', 'parent',
  'mother', 'father', 'woman', 'man', 'person', 'student', 'witness', 'neighbour', 'neighbor', 'owner', 'driver',
  'passenger', 'patient', 'victim', 'expert', 'engineer', 'aide', 'diplomat', 'councillor', 'councilor', 'investigator',
  'farmer', 'shopkeeper', 'volunteer', 'organiser', 'organizer', 'protester', 'protestor', 'supporter', 'critic', 'voter',
  'customer', 'tenant', 'landlord', 'colleague', 'friend', 'relative', 'son', 'daughter', 'wife', 'husband', 'brother',
  'sister', 'citizen', 'villager', 'questioner', 'caller', 'commenter', 'poster', 'blogger', 'author', 'writer', 'insider',
  'staffer', 'officer', 'employee', 'contractor', 'paramedic', 'firefighter', 'soldier', 'guard', 'pilot', 'lawmaker',
  'legislator', 'politician', 'candidate', 'trader', 'banker', 'investor', 'miner', 'fisherman', 'survivor', 'mourner',
  'fan', 'spectator', 'onlooker', 'bystander', 'participant', 'attendee', 'delegate', 'negotiator', 'mediator', 'monk',
  'priest', 'pastor', 'cleric', 'nun', 'chef', 'clerk', 'cashier', 'surgeon', 'physician', 'pharmacist', 'midwife',
  'caretaker', 'carer', 'coach', 'referee', 'player', 'teammate', 'democrat', 'republican', 'liberal', 'conservative',
  'tory', 'tories', 'democratic', 'socialist', 'progressive', 'independent', 'moderate', 'libertarian', 'senior', 'teenager', 'child', 'girl',
  'boy', 'student', 'graduate', 'retiree', 'pensioner', 'homeowner', 'renter', 'commuter', 'user', 'consumer',
  // Words a story uses to refer again to someone it named: "the Republican nominee", "the House speaker".
  'nominee', 'speaker', 'premier', 'chancellor', 'commissioner', 'treasurer', 'superintendent', 'administrator',
  'frontrunner', 'challenger', 'incumbent', 'hopeful', 'contender', 'congressman', 'congresswoman', 'assemblyman',
  'assemblywoman', 'strategist', 'pollster', 'head', 'boss', 'star', 'veteran', 'chief', 'billionaire', 'businessman',
  'businesswoman', 'mogul', 'tycoon', 'entrepreneur', 'lawyer', 'singer', 'rapper', 'comedian', 'filmmaker', 'novelist'
])]

const PERSON_NOUN_SET: ReadonlySet<string> = new Set(PERSON_NOUNS)

/** Whether a word is one of the listed person nouns, or its plural ("officials"). */
export function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return PERSON_NOUN_SET.has(lower) || PERSON_NOUN_SET.has(lower.replace(/e?s$/, ''))
}
