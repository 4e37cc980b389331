export { analyzeText } from './analyze'
export type { Analysis, Flag, FlagRule, FoundQuote, FoundSource, QuoteKind, SourceKind, Span } from './types'
