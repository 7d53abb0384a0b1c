/**
 * The eval21 gold points into its texts: every incident's and attribution's evidence and every entity
 * mention is an exact substring of its article, and no evidence string is given to two incidents (the
 * scorer finds a repeated string only at a later occurrence, so the second could never be matched).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Gold {
  articles: {
    file: string;
    actors: { mentions?: string[] }[];
    places: { mentions?: string[] }[];
    attributions: { evidence: string }[];
    incidents: { evidence: string[] }[];
  }[];
}

const dir = join(__dirname, '../../fixtures/eval21');
const gold = JSON.parse(readFileSync(join(dir, 'eval21.gold.json'), 'utf8')) as Gold;

describe('eval21 gold', () => {
  for (const a of gold.articles) {
    it(`points into ${a.file}`, () => {
      const text = readFileSync(join(dir, a.file), 'utf8');
      const strings = [
        ...a.incidents.flatMap((i) => i.evidence),
        ...a.attributions.map((t) => t.evidence),
        ...[...a.actors, ...a.places].flatMap((e) => e.mentions ?? []),
      ];
      expect(strings.filter((s) => !text.includes(s))).toEqual([]);
      const evidence = a.incidents.flatMap((i) => i.evidence);
      expect(evidence.filter((e, k) => evidence.indexOf(e) !== k)).toEqual([]);
    });
  }
});
