/** What the engine flags in a story's sourcing (each flag names one). Kept apart so the file format can list them. */
export const FLAG_RULES = ['no-speaker', 'anonymous', 'second-hand', 'duplicate-introduction', 'name-spelling', 'unbalanced-quotes', 'not-story-text'] as const
