import { MAX_ARTICLE_BYTES } from '../article/fileFormat'

/**
 * The fewest bytes a body node takes in a .copydesk file: a paragraph straight under the doc, written with
 * two-space indentation six spaces in, is 44 (`{`, `"type": "paragraph"`, `}` on three lines); any other
 * node is longer.
 */
const MIN_NODE_BYTES = 40

/** A file an importer will not turn into an article; the message says why, after "Could not import “x”: ". */
export class ImportRefusedError extends Error {}

/** An import that would make an article larger than the largest file Copydesk opens. */
export class ImportTooLargeError extends ImportRefusedError {
  constructor(maxBytes: number) {
    super(`it would make an article larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most Copydesk opens`)
  }
}

/**
 * Keeps one import to an article Copydesk can save and open again, and remembers what it had to change to get
 * there. Importers report each node that will certainly be in the article, and its text, as they make it;
 * counted at the fewest bytes each can take in the file, past the file limit the import stops. So the work
 * any input costs is bounded by the limit rather than by the input (49 MB of one-word paragraphs would have
 * been a 400 MB file), and nothing that fits is refused.
 */
export class ImportLimits {
  /** Lists and block quotes whose content went into their parent, because nesting them would pass MAX_BODY_DEPTH. */
  flattenedLevels = 0
  private bytes = 0

  constructor(private readonly maxBytes = MAX_ARTICLE_BYTES) {}

  /** A node that will be in the article. */
  node(): void {
    this.count(MIN_NODE_BYTES)
  }

  /** Text that will be in the article (its length in UTF-16 units: never more than its bytes in UTF-8). */
  text(length: number): void {
    this.count(length)
  }

  /** What the user should be told about the import, or null. */
  notice(): string | null {
    if (this.flattenedLevels === 0) return null
    const levels = this.flattenedLevels === 1 ? '1 level' : `${this.flattenedLevels.toLocaleString('en')} levels`
    return `Flattened ${levels} of nesting (lists or block quotes inside each other) deeper than an article can hold.`
  }

  private count(bytes: number): void {
    this.bytes += bytes
    if (this.bytes > this.maxBytes) throw new ImportTooLargeError(this.maxBytes)
  }
}
