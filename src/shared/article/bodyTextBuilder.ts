/**
 * How a story body reads as plain text, for the analysis engine, word counts, the CLI and the clipboard: text
 * blocks (paragraphs, subheads) separated by `separator`, hard breaks as newlines, and nothing before the
 * first block, empty or not. The article-JSON walker (`bodyText` in stats.ts) and the editor's walker
 * (renderer/editor/docText.ts) both write through this one builder, so an offset the engine reports means
 * the same place in the app, in `copydesk analyze` and in `copydesk import --clean`.
 */
export class BodyTextBuilder {
  text = ''

  constructor(private readonly separator = '\n\n') {}

  /** A text block begins; answers the offset where its text will start. */
  startBlock(): number {
    if (this.text) this.text += this.separator
    return this.text.length
  }

  /** Inline text; answers the offset where it starts. */
  append(text: string): number {
    const at = this.text.length
    this.text += text
    return at
  }

  /** A hard line break inside a block; answers its offset. */
  hardBreak(): number {
    return this.append('\n')
  }
}
