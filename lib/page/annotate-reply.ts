/**
 * Checks the background's annotate reply in slices of main-thread time. A long article's reply holds
 * thousands of spans and cards: checked with zod all at once, they hold the page's main thread for one
 * long task. Here everything but the lists' items is checked at once (annotateReplyEnvelopeSchema),
 * then each item with its own schema between budget checks; none is used before all passed, so the
 * result is the one checking with annotateReplySchema in one go gives.
 */
import * as z from 'zod/mini';
import {
  annotateReplyEnvelopeSchema,
  attributionCardSchema,
  describeInvalid,
  entityCardSchema,
  highlightSpanSchema,
  type AnnotateReply,
} from '../messages';
import { sliced, type Slicer } from './slicer';

/** The checked items, a reason they are malformed, or null once the check was stopped. */
type Checked<T> = { items: T[] } | { error: string } | null;

/** Checks every item of `list` with `schema`, in slices; stops at the first malformed one. */
async function checkList<T>(list: readonly unknown[], schema: z.ZodMiniType<T>, name: string, slicer: Slicer, stale: () => boolean): Promise<Checked<T>> {
  const items: T[] = [];
  let error: string | undefined;
  const done = await sliced(list, slicer, stale, (item, i) => {
    if (error !== undefined) return;
    const parsed = schema.safeParse(item);
    if (parsed.success) items.push(parsed.data);
    else error = describeInvalid(parsed.error, [name, i]);
  });
  if (!done) return null;
  return error === undefined ? { items } : { error };
}

/** The checked reply (a malformed one becomes an error reply); null once `stale()` stopped the check. */
export async function checkAnnotateReply(raw: unknown, slicer: Slicer, stale: () => boolean): Promise<AnnotateReply | null> {
  const envelope = annotateReplyEnvelopeSchema().safeParse(raw);
  if (!envelope.success) return { ok: false, error: describeInvalid(envelope.error) };
  const reply = envelope.data;
  if (!reply.ok) return reply;
  // In the order the whole-reply schema checks them, so the first fault named is the same.
  const spans = await checkList(reply.spans, highlightSpanSchema(), 'spans', slicer, stale);
  if (!spans || 'error' in spans) return spans && { ok: false, error: spans.error };
  const entities = reply.entities && (await checkList(reply.entities, entityCardSchema(), 'entities', slicer, stale));
  if (entities === null || (entities && 'error' in entities)) return entities && { ok: false, error: entities.error };
  const attributions = reply.attributions && (await checkList(reply.attributions, attributionCardSchema(), 'attributions', slicer, stale));
  if (attributions === null || (attributions && 'error' in attributions)) return attributions && { ok: false, error: attributions.error };
  const { entities: _e, attributions: _a, ...rest } = reply;
  return {
    ...rest,
    spans: spans.items,
    ...(entities ? { entities: entities.items } : {}),
    ...(attributions ? { attributions: attributions.items } : {}),
  };
}
