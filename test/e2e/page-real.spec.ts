/**
 * Real saved news pages (../shared/pages, read by path): the body names of EXPECT.md are highlighted
 * and the names that appear only in the page chrome (related links, promos, footers) are not.
 * Finding the body is this suite's subject; whether each body name is recognised is the engine's,
 * so a page may miss at most one body name (the misses are reported in the test's annotations).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, highlightedTexts, SHARED_PAGES_DIR, test, waitForHighlights } from './fixtures';
import { offline } from './page-helpers';

interface Expectation {
  body: Array<{ text: string; type: string }>;
  chrome: string[];
}

const EXPECT_MD = readFileSync(join(SHARED_PAGES_DIR, 'EXPECT.md'), 'utf8');
const EXPECTED = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(EXPECT_MD)?.[1] ?? '{}') as Record<string, Expectation>;

/** The names EXPECT.md lists after "→" for each chrome headline of a page. */
function chromeNames(page: string): string[] {
  const section = EXPECT_MD.split(/\n## /).find((s) => s.startsWith(`${page} `)) ?? '';
  return [...section.matchAll(/→ (.+)/g)].flatMap((m) => (m[1] as string).split(',').map((n) => n.trim()));
}

test('EXPECT.md lists the five shared pages', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(['bbc-1', 'cnn', 'nytimes-1', 'telegraph', 'wapo-1']);
});

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`${name}: body names highlighted, chrome-only names not`, async ({ context, server }) => {
    await offline(context);
    const page = await context.newPage();
    await page.goto(`${server.origin}/shared/${name}.html`, { waitUntil: 'domcontentloaded' });
    await waitForHighlights(page);
    // Let a late batch (page scripts that change the DOM after load) settle.
    await page.waitForTimeout(1500);
    const texts = await highlightedTexts(page);
    const all = Object.values(texts).flat().map((t) => t.replace(/\s+/g, ' '));

    const missed = expected.body.filter((b) => !all.some((t) => t === b.text || t.includes(b.text)));
    test.info().annotations.push({ type: 'body names missed (engine)', description: missed.map((m) => m.text).join(', ') || 'none' });
    expect(missed.length, `missed: ${missed.map((m) => m.text).join(', ')}`).toBeLessThanOrEqual(1);

    for (const chrome of chromeNames(name)) {
      expect(all.filter((t) => t.includes(chrome)), `chrome-only name "${chrome}" is highlighted`).toEqual([]);
    }
    // No highlight lies inside an element that holds a chrome-only headline.
    const inChrome = await page.evaluate((headlines) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ');
      const hits: string[] = [];
      for (const headline of headlines) {
        const holders = Array.from(document.body.querySelectorAll('*')).filter(
          (el) => norm(el.textContent ?? '').includes(headline) && !Array.from(el.children).some((c) => norm(c.textContent ?? '').includes(headline)),
        );
        for (const [, h] of CSS.highlights) {
          for (const r of h as Iterable<AbstractRange>) {
            if (holders.some((el) => (r as Range).intersectsNode(el))) hits.push(`${headline}: ${(r as Range).toString()}`);
          }
        }
      }
      return hits;
    }, expected.chrome);
    expect(inChrome).toEqual([]);
  });
}
