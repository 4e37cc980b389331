import { insideSpans } from '../text'
import type { Flag, Span } from '../types'

/**
 * The phrases a story uses when a source is not named: "asked not to be named", "on condition of anonymity",
 * "spoke on background", "was not authorised to speak publicly". General newsroom wording, not any article's.
 */
const ANONYMITY = new RegExp(
  [
    String.raw`(?:asked|requested|wished|wanted|preferred)\s+not\s+to\s+be\s+(?:named|identified)`,
    String.raw`(?:declined|refused)\s+to\s+be\s+(?:named|identified)`,
    String.raw`(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+want\s+to\s+be\s+(?:named|identified)`,
    String.raw`(?:requested|granted|given|on\s+(?:the\s+)?condition\s+of)\s+anonymity`,
    String.raw`speaking\s+anonymously`,
    String.raw`(?:spoke|speaking|talked|talking)\s+on\s+(?:deep\s+)?background`,
    String.raw`(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+(?:speak|talk|comment)`,
    String.raw`(?:would\s+not|did\s+not|didn['’]t|wouldn['’]t)\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?`
  ].join('|'),
  'gi'
)

/** An unnamed source the story itself says is unnamed: the editor must see why, and decide. */
export function anonymityPhraseFlags(text: string, quotations: Span[]): Flag[] {
  const quoted = insideSpans(quotations)
  const flags: Flag[] = []
  ANONYMITY.lastIndex = 0
  for (let match = ANONYMITY.exec(text); match; match = ANONYMITY.exec(text)) {
    if (quoted(match.index)) continue
    flags.push({
      rule: 'anonymous',
      start: match.index,
      end: match.index + match[0].length,
      message: `Anonymous source: this source “${match[0]}”. Check the newsroom's rules for unnamed sources and that the story says why.`
    })
  }
  return flags
}
