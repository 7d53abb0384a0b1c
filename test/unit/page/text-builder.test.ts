import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from '../../../lib/page/text-builder';
import { pointAt } from '../../../lib/page/text-map';

/** What the builder reads: a new block, or a text node's characters. */
type Step = { block: true } | { text: string };

/** The builder reads only a node's characters and identity: a plain object stands in for a Text node. */
function fakeText(data: string): Text {
  return { data } as unknown as Text;
}

/** The text a reader sees, one character at a time: the model the builder must agree with. */
function expectedText(steps: readonly Step[]): string {
  let out = '';
  let blockHasText = false;
  let separatorPending = false;
  let spacePending = false;
  for (const step of steps) {
    if ('block' in step) {
      spacePending = false;
      if (blockHasText) {
        separatorPending = true;
        blockHasText = false;
      }
      continue;
    }
    for (const ch of step.text) {
      if (/\s/.test(ch)) {
        if (blockHasText) spacePending = true;
        continue;
      }
      if (separatorPending) out += '\n\n';
      if (spacePending) out += ' ';
      separatorPending = false;
      spacePending = false;
      out += ch;
      blockHasText = true;
    }
  }
  return out;
}

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ block: true as const }) },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '  ', '\n', '\t', '\u00a0'), maxLength: 12 }).map((text) => ({ text })) },
);

describe('TextBuilder', () => {
  it('collapses whitespace as a reader sees it and maps every character back to its node', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const builder = new TextBuilder();
        for (const s of steps) {
          if ('block' in s) builder.startBlock();
          else builder.appendNode(fakeText(s.text));
        }
        const map = builder.finish();
        expect(map.text).toBe(expectedText(steps));
        for (let i = 0; i < map.text.length; i++) {
          const ch = map.text[i] as string;
          const point = pointAt(map, i);
          if (ch === '\n') {
            expect(point).toBeUndefined();
            continue;
          }
          expect(point).toBeDefined();
          const source = point?.node.data[point.offset] ?? '';
          if (ch === ' ') expect(source).toMatch(/\s/);
          else expect(source).toBe(ch);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a node of many words in one segment, with a break at each collapsed run', () => {
    const builder = new TextBuilder();
    const node = fakeText('  One   two\tthree ');
    builder.appendNode(node);
    const map = builder.finish();
    expect(map.text).toBe('One two three');
    expect(map.segments).toHaveLength(1);
    expect(pointAt(map, map.text.indexOf('two'))).toEqual({ node, offset: 8 });
    expect(pointAt(map, map.text.indexOf('three'))).toEqual({ node, offset: 12 });
  });
});
