/**
 * What the log page and its JSON export worker say to each other, checked with zod on both sides
 * (a message is a boundary like any other).
 */
import { z } from 'zod';
import { ExportReaderKnowledgeSchema, ExportScopeSchema } from '@/lib/export/format';

/** The page's request: which database, which articles (all when absent), and the file's head. */
export const JsonExportMessageSchema = z.object({
  dbName: z.string().min(1),
  articleIds: z.array(z.number().int().positive()).optional(),
  exportedAt: z.date(),
  scope: ExportScopeSchema,
  readerKnowledge: z.array(ExportReaderKnowledgeSchema).optional(),
  /** Builds the file in memory even where an export file could be written (the bench times both ways). */
  inMemory: z.boolean().optional(),
});
export type JsonExportMessage = z.infer<typeof JsonExportMessageSchema>;

/** The worker's answer: the file (a Blob moves by reference) and its article count, or why it failed. */
export const JsonExportReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), file: z.instanceof(Blob), articles: z.number().int().nonnegative() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type JsonExportReply = z.infer<typeof JsonExportReplySchema>;
