/** What the find bar looks for, in the body and, when asked, the headline and dek. */
export interface FindOptions {
  text: string
  replacement: string
  caseSensitive: boolean
  wholeWord: boolean
  /** Search the headline and dek as well as the body. */
  inHeadlineAndDek: boolean
}

export const NO_FIND: FindOptions = { text: '', replacement: '', caseSensitive: false, wholeWord: false, inHeadlineAndDek: false }
