/**
 * The shape of one knowledge entry (an actor or a place with its aliases). Validated with zod so
 * entries a user adds later are checked the same way as the curated files.
 */
import { z } from 'zod';

/** One known actor or place. `aliases` are other surface forms that mean the same thing. */
export const KnowledgeEntrySchema = z.object({
  name: z.string().min(1),
  type: z.enum(['person', 'organization', 'place']),
  subtype: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  /** Demonyms or adjectives pointing to this entry ("Iraqi" → Iraq); they never make a mention alone. */
  adjectives: z.array(z.string().min(1)).optional(),
});
export type KnowledgeEntry = z.infer<typeof KnowledgeEntrySchema>;

/** A knowledge file: free-text description plus entries. */
export const KnowledgeFileSchema = z.object({
  about: z.string().optional(),
  entries: z.array(KnowledgeEntrySchema),
});
