/** One quotation as a person labelled it: its exact words (marks included) and who said it. */
export interface LabelledQuote {
  text: string
  /** Which occurrence of `text` in the article, when it occurs more than once (0-based). */
  occurrence?: number
  /** Speech quoted whole or in part, or a quoted title, term or scare quote that no one "said". */
  kind: 'direct' | 'partial' | 'term'
  /** Accepted names: the full name as the story introduces it first, then other ways it writes the same speaker. */
  speakers: string[]
  /** An unnamed speaker the text describes ("a senior official"): the quote must carry an anonymous flag. */
  anonymous?: boolean
  /** The title the story gives before the name the first time ("Mayor"). */
  role?: string
}

export interface GoldQuote {
  start: number
  end: number
  kind: LabelledQuote['kind']
  /** Accepted names for the speaker; empty when the text names no one. */
  speakers: string[]
  anonymous: boolean
}

/** The labelled quotations of a text as spans; throws when a label's words are not in the text, so a typo is not scored as a miss. */
export function goldSpans(text: string, labels: LabelledQuote[], where: string): GoldQuote[] {
  return labels.map((label) => {
    let start = -1
    for (let seen = 0; seen <= (label.occurrence ?? 0); seen++) {
      start = text.indexOf(label.text, start + 1)
      if (start === -1) throw new Error(`${where}: “${label.text}” (occurrence ${label.occurrence ?? 0}) is not in the text`)
    }
    return { start, end: start + label.text.length, kind: label.kind, speakers: label.speakers, anonymous: label.anonymous === true }
  })
}
