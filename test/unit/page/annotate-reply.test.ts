import { describe, expect, it } from 'vitest';
import { annotateReplySchema, describeInvalid } from '../../../lib/messages';
import { checkAnnotateReply } from '../../../lib/page/annotate-reply';
import type { Slicer } from '../../../lib/page/slicer';

/** A slicer that is due after every `every` items, counting its pauses. */
function countingSlicer(every: number): Slicer & { pauses: number } {
  let used = 0;
  const s = {
    pauses: 0,
    due: () => ++used > every,
    pause: async () => {
      s.pauses++;
      used = 1;
    },
  };
  return s;
}

/** A small deterministic random source, so a failing case can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const KINDS = ['person', 'organization', 'place', 'attribution', 'weapon'];

/** Ways an item of each list can be malformed. */
const FAULTS: Record<string, Array<(item: Record<string, unknown>) => void>> = {
  spans: [(x) => (x.kind = 'weapon'), (x) => (x.start = -1), (x) => (x.end = 1.5), (x) => delete x.label, (x) => (x.entity = '0')],
  entities: [(x) => (x.earlierCount = -1), (x) => (x.aliases = 'e'), (x) => (x.earlier = [{ title: 't' }]), (x) => (x.kind = 'attribution')],
  attributions: [(x) => (x.anonymous = 'yes'), (x) => delete x.cue],
};

/** A reply with random lists; half of them have one or two malformed items somewhere. */
function randomReply(rand: () => number, spanCount: number): unknown {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const spans = Array.from({ length: spanCount }, () => {
    const start = Math.floor(rand() * 1000);
    const span: Record<string, unknown> = { start, end: start + 1 + Math.floor(rand() * 20), kind: pick(KINDS.slice(0, 4)), label: 'x' };
    if (rand() < 0.5) span.entity = Math.floor(rand() * 5);
    return span;
  });
  const entities = Array.from({ length: Math.floor(rand() * 20) }, (_, i): Record<string, unknown> => (
    { name: `E${i}`, kind: pick(KINDS.slice(0, 3)), aliases: rand() < 0.5 ? [] : ['e'], earlierCount: 0, earlier: [] }
  ));
  const attributions = Array.from({ length: Math.floor(rand() * 20) }, (): Record<string, unknown> => ({ source: 'officials', anonymous: rand() < 0.5, cue: 'said' }));
  const lists: Record<string, Array<Record<string, unknown>>> = { spans, entities, attributions };
  const faults = rand() < 0.5 ? 1 + Math.floor(rand() * 2) : 0;
  for (let f = 0; f < faults; f++) {
    const name = pick(Object.keys(FAULTS));
    const list = lists[name] ?? [];
    if (list.length) pick(FAULTS[name] ?? [])(pick(list));
  }
  return {
    ok: true,
    truncated: rand() < 0.5,
    spans,
    ...(rand() < 0.8 ? { entities } : {}),
    ...(rand() < 0.8 ? { attributions } : {}),
    ...(rand() < 0.5 ? { articleId: 3 } : {}),
  };
}

/** What checking the reply in one go (the schema the background's reply follows) gives. */
function checkedAtOnce(raw: unknown) {
  const parsed = annotateReplySchema().safeParse(raw);
  return parsed.success ? parsed.data : { ok: false, error: describeInvalid(parsed.error) };
}

describe('checkAnnotateReply', () => {
  it('gives what checking the whole reply at once gives, however it is sliced', async () => {
    const rand = random(7);
    let valid = 0;
    for (let round = 0; round < 80; round++) {
      const raw = randomReply(rand, Math.floor(rand() * 150));
      const every = 1 + Math.floor(rand() * 40);
      const slicer = countingSlicer(every);
      const checked = await checkAnnotateReply(raw, slicer, () => false);
      expect(checked).toEqual(checkedAtOnce(raw));
      if (checked?.ok) valid++;
    }
    // Both outcomes were met often.
    expect(valid).toBeGreaterThan(10);
    expect(valid).toBeLessThan(70);
  });

  it('pauses between spans once the budget is used', async () => {
    const slicer = countingSlicer(10);
    const spans = Array.from({ length: 95 }, (_, i) => ({ start: i, end: i + 1, kind: 'place', label: 'p' }));
    const checked = await checkAnnotateReply({ ok: true, truncated: false, spans }, slicer, () => false);
    expect(checked?.ok && checked.spans.length).toBe(95);
    expect(slicer.pauses).toBe(9);
  });

  it('names the first malformed span, as the whole-reply check does', async () => {
    const spans = [{ start: 0, end: 2, kind: 'place', label: 'a' }, { start: 3, end: 4, kind: 'weapon', label: 'b' }];
    const raw = { ok: true, truncated: false, spans };
    const checked = await checkAnnotateReply(raw, countingSlicer(1), () => false);
    expect(checked).toEqual({ ok: false, error: expect.stringContaining('spans.1.kind') });
    expect(checked).toEqual(checkedAtOnce(raw));
  });

  it('rejects a malformed envelope and passes an error reply through', async () => {
    expect(await checkAnnotateReply({ ok: true, spans: 'none', truncated: false }, countingSlicer(5), () => false)).toEqual({ ok: false, error: expect.stringContaining('spans') });
    expect(await checkAnnotateReply({ ok: false, error: 'disk full' }, countingSlicer(5), () => false)).toEqual({ ok: false, error: 'disk full' });
    expect(await checkAnnotateReply(null, countingSlicer(5), () => false)).toMatchObject({ ok: false });
  });

  it('stops, giving null, once the reply is no longer wanted', async () => {
    const spans = Array.from({ length: 50 }, (_, i) => ({ start: i, end: i + 1, kind: 'place', label: 'p' }));
    let stale = false;
    const slicer = countingSlicer(10);
    const pause = slicer.pause;
    slicer.pause = async () => {
      await pause();
      stale = true;
    };
    expect(await checkAnnotateReply({ ok: true, truncated: false, spans }, slicer, () => stale)).toBeNull();
  });
});
