import { z } from 'zod'
import { idSchema } from './article/sources'

/** A draft a crash left behind, as main lists it and the recovery dialog shows it. */
export const recoveredDraftSchema = z.strictObject({ id: idSchema, savedAt: z.string(), title: z.string(), path: z.string().nullable() })
export type RecoveredDraft = z.infer<typeof recoveredDraftSchema>
