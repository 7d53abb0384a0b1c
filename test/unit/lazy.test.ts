import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazy } from '../../lib/lazy';
import { annotateReplySchema, contentRequestSchema } from '../../lib/messages';

describe('lazy', () => {
  it('builds the value only when first asked for, and only once', () => {
    let builds = 0;
    const schema = lazy(() => {
      builds++;
      return z.object({ n: z.number() });
    });
    expect(builds).toBe(0);
    expect(schema().safeParse({ n: 1 }).success).toBe(true);
    expect(schema().safeParse({ n: 'one' }).success).toBe(false);
    expect(builds).toBe(1);
    expect(schema()).toBe(schema());
  });

  it('keeps a value that is undefined without building it again', () => {
    let builds = 0;
    const nothing = lazy(() => {
      builds++;
      return undefined;
    });
    nothing();
    nothing();
    expect(builds).toBe(1);
  });
});

describe('message schemas built on first use', () => {
  it('still reject what they rejected', () => {
    expect(contentRequestSchema().safeParse({ type: 'set-highlights', visible: true }).success).toBe(true);
    expect(contentRequestSchema().safeParse({ type: 'set-highlights', visible: 'yes' }).success).toBe(false);
    expect(contentRequestSchema().safeParse({ type: 'run-this' }).success).toBe(false);
    const span = { start: 0, end: 4, kind: 'person', label: 'Ada', entity: 0 };
    const card = { name: 'Ada', kind: 'person', aliases: [], earlierCount: 0, earlier: [] };
    expect(annotateReplySchema().safeParse({ ok: true, spans: [span], truncated: false, entities: [card] }).success).toBe(true);
    expect(annotateReplySchema().safeParse({ ok: true, spans: [{ ...span, kind: 'weapon' }], truncated: false }).success).toBe(false);
    expect(annotateReplySchema().safeParse({ ok: true, spans: [], truncated: false, entities: [{ ...card, earlierCount: -1 }] }).success).toBe(false);
  });
});
