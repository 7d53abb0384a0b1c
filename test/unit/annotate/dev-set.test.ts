import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { toPrediction } from '../../../lib/cli/prediction';
import { scoreDev, type GoldArticle, type PredArticle } from '../../support/eval-score';

/** The held-out sets: the dev set and the second set (eval2), each with its gold file. */
const SETS = [
  { dir: join(__dirname, '../../fixtures/eval'), gold: 'dev.gold.json', label: 'held-out dev set (test/fixtures/eval)' },
  { dir: join(__dirname, '../../fixtures/eval2'), gold: 'eval2.gold.json', label: 'second held-out set (test/fixtures/eval2)' },
];

for (const set of SETS) {
  describe(set.label, () => {
    it('stays at or above the quality targets', () => {
      const gold = (JSON.parse(readFileSync(join(set.dir, set.gold), 'utf8')) as { articles: GoldArticle[] }).articles;
      const texts = new Map<string, string>();
      const pred: PredArticle[] = [];
      for (const file of readdirSync(set.dir).filter((f) => f.endsWith('.txt'))) {
        const id = file.replace(/\.txt$/, '');
        const text = readFileSync(join(set.dir, file), 'utf8');
        const meta = JSON.parse(readFileSync(join(set.dir, `${id}.meta.json`), 'utf8')) as { publishedTime?: string };
        texts.set(id, text);
        pred.push(toPrediction(id, text, annotate(text, meta)));
      }
      expect(pred.length).toBe(gold.length);
      const s = scoreDev(gold, pred, texts);
      expect(s.actors.f1).toBeGreaterThanOrEqual(0.92);
      expect(s.actors.merges).toBe(0);
      expect(s.places.f1).toBeGreaterThanOrEqual(0.92);
      expect(s.attributions.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.attributions.sourceAccuracy ?? 0).toBeGreaterThanOrEqual(0.9);
    });
  });
}
