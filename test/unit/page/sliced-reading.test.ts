import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSliced } from '../../../lib/page/article-detect';
import { readScope, readScopeSliced } from '../../../lib/page/read-scope';
import type { Slicer } from '../../../lib/page/slicer';
import { bundledReadability as R } from '../../../lib/page/readability-bundled';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A small deterministic random source, so a failing case can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const WORDS = ['talks', 'Kyiv', 'the', 'minister', 'said', 'port', 'Odesa', 'grain', 'on', 'Monday'];
const SPACES = [' ', '  ', '\n', ' \t ', ''];
const INLINE = ['span', 'a', 'em', 'b'];
const BLOCK = ['p', 'div', 'li', 'h2', 'blockquote'];
const CHROME = ['<nav>Home News</nav>', '<aside>Most read</aside>', '<div class="related">More stories</div>', '<script>var x = 1;</script>', '<br>'];

/** Random text with runs of whitespace, sometimes at its ends. */
function text(rand: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  let out = rand() < 0.3 ? pick(SPACES) : '';
  const n = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) out += pick(WORDS) + (i < n - 1 ? pick(SPACES) || ' ' : '');
  return out + (rand() < 0.3 ? pick(SPACES) : '');
}

/** A random article body: nested blocks and inline elements, whitespace-only nodes, page chrome. */
function body(rand: () => number, depth: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  let out = '';
  const n = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.35) out += text(rand);
    else if (r < 0.45) out += pick(SPACES);
    else if (r < 0.52) out += pick(CHROME);
    else if (depth > 0) {
      const tag = r < 0.75 ? pick(INLINE) : pick(BLOCK);
      out += `<${tag}>${body(rand, depth - 1)}</${tag}>`;
    }
  }
  return out;
}

function page(rand: () => number): string {
  let paragraphs = '';
  for (let i = 0; i < 12; i++) paragraphs += `<p>${body(rand, 3)} ${'The delegations argued over inspections and insurance, late into the night. '.repeat(2)}</p>`;
  return `<!doctype html><html><head><title>Story</title><meta property="og:type" content="article"></head><body>
    <nav><a href="/">Home</a></nav><main><article><h1>Talks</h1>${paragraphs}<div>${body(rand, 4)}</div></article></main>
    <footer><p>Copyright</p></footer></body></html>`;
}

/** A slicer that is due at random, counting its pauses. */
function randomSlicer(rand: () => number, dueRate: number): Slicer & { pauses: number } {
  const s = {
    pauses: 0,
    due: () => rand() < dueRate,
    pause: async () => {
      s.pauses++;
    },
  };
  return s;
}

describe('readScopeSliced', () => {
  it('reads exactly the text and map that readScope reads, however it is sliced', async () => {
    const rand = random(11);
    let pauses = 0;
    for (let round = 0; round < 12; round++) {
      const d = doc(page(rand));
      const scope = detectArticle(d, R, { asked: true });
      expect(scope).not.toBeNull();
      if (!scope) continue;
      const cap = rand() < 0.3 ? 200 + Math.floor(rand() * 3000) : 600_000;
      const whole = readScope(scope, cap);
      const slicer = randomSlicer(rand, rand());
      const sliced = await readScopeSliced(scope, cap, slicer, () => false);
      expect(sliced).toEqual(whole);
      // The same text nodes, not just equal ones.
      sliced?.segments.forEach((seg, i) => expect(seg.node).toBe(whole.segments[i]?.node));
      pauses += slicer.pauses;
    }
    expect(pauses).toBeGreaterThan(12); // the reads were cut into many slices
  });

  it('stops with null once the read is no longer wanted', async () => {
    const d = doc(page(random(3)));
    const scope = detectArticle(d, R, { asked: true });
    const slicer = { due: () => true, pause: async () => {} };
    expect(await readScopeSliced(scope!, 600_000, slicer, () => true)).toBeNull();
  });
});

describe('detectArticleSliced', () => {
  it('finds what detectArticle finds, one step per task', async () => {
    const rand = random(5);
    for (let round = 0; round < 4; round++) {
      const html = page(rand);
      const d = doc(html);
      const whole = detectArticle(d, R);
      // A fresh engine object: its first sliced detection warms Readability up in a step of its own.
      const engine = { ...R };
      for (const steps of [4, 3]) {
        let pauses = 0;
        const sliced = await detectArticleSliced(d, engine, {}, async () => {
          pauses++;
        }, () => false);
        expect(sliced?.root).toBe(whole?.root);
        expect(sliced?.method).toBe(whole?.method);
        expect(readScope(sliced!, 600_000)).toEqual(readScope(whole!, 600_000));
        expect(pauses).toBe(steps);
      }
    }
  });

  it('waits for an engine still on its way (the content script part)', async () => {
    const d = doc(page(random(7)));
    const whole = detectArticle(d, R);
    let arrive: (engine: typeof R) => void = () => {};
    const later = new Promise<typeof R>((resolve) => (arrive = resolve));
    const sliced = detectArticleSliced(d, later, {}, async () => {}, () => false);
    arrive(R);
    expect((await sliced)?.root).toBe(whole?.root);
  });

  it('gives null when no longer wanted, or when the article left the page meanwhile', async () => {
    const d = doc(page(random(9)));
    expect(await detectArticleSliced(d, R, {}, async () => {}, () => true)).toBeNull();
    let pauses = 0;
    const warm = { ...R };
    await detectArticleSliced(doc(page(random(9))), warm, {}, async () => {}, () => false);
    const leaving = await detectArticleSliced(d, warm, {}, async () => {
      if (++pauses === 3) d.querySelector('main')?.remove();
    }, () => false);
    expect(leaving).toBeNull();
  });
});
