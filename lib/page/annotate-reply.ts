/**
 * Checks the background's annotate reply in slices of main-thread time. A long article's reply holds
 * thousands of spans: checked with zod all at once, they hold the page's main thread for one long
 * task. Here everything but the spans is checked at once (annotateReplyEnvelopeSchema), then each span
 * with highlightSpanSchema between budget checks; none is used before all passed, so the result is
 * the same as checking with annotateReplySchema in one go.
 */
import { annotateReplyEnvelopeSchema, describeInvalid, highlightSpanSchema, type AnnotateReply, type HighlightSpan } from '../messages';
import { sliced, type Slicer } from './slicer';

/** The checked reply (a malformed one becomes an error reply); null once `stale()` stopped the check. */
export async function checkAnnotateReply(raw: unknown, slicer: Slicer, stale: () => boolean): Promise<AnnotateReply | null> {
  const envelope = annotateReplyEnvelopeSchema().safeParse(raw);
  if (!envelope.success) return { ok: false, error: describeInvalid(envelope.error) };
  if (!envelope.data.ok) return envelope.data;
  const spans: HighlightSpan[] = [];
  let invalid: string | undefined;
  const done = await sliced(envelope.data.spans, slicer, stale, (item, i) => {
    if (invalid !== undefined) return;
    const span = highlightSpanSchema().safeParse(item);
    if (span.success) spans.push(span.data);
    else invalid = describeInvalid(span.error, ['spans', i]);
  });
  if (!done) return null;
  if (invalid !== undefined) return { ok: false, error: invalid };
  return { ...envelope.data, spans };
}
