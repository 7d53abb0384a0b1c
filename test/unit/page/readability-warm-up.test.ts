import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledReadability as R } from '../../../lib/page/readability-bundled';
import { needsWarmUp, warmUpPage, warmUpReadability } from '../../../lib/page/readability-warm-up';

const like = () => parseHTML('<html><head><title>A page</title></head><body><p>Its text.</p></body></html>').document as unknown as Document;

describe('Readability warm-up', () => {
  it("parses a page Readability finds an article in, so the parse runs to its end (all of the code a real page's parse calls)", () => {
    const article = new R.Readability<Node>(warmUpPage(like()), { serializer: (node) => node, keepClasses: true }).parse();
    expect(article?.content).toBeTruthy();
    expect(article?.textContent).toContain('the port would reopen');
    expect(article?.byline).toBe('A reporter');
  });

  it('runs once per engine', () => {
    const engine = { ...R };
    let parses = 0;
    const counting = { ...engine, Readability: class extends R.Readability<Node> {
      override parse() {
        parses++;
        return super.parse();
      }
    } } as unknown as typeof R;
    expect(needsWarmUp(counting)).toBe(true);
    warmUpReadability(counting, like());
    warmUpReadability(counting, like());
    expect(parses).toBe(1);
    expect(needsWarmUp(counting)).toBe(false);
    expect(needsWarmUp(engine)).toBe(true);
  });
});
