import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../bench/generate/article-text';
import { poolKind, poolName } from '../../../bench/generate/names';
import { ENTITIES_PER_ARTICLE, ENTITY_POOL, storedArticle } from '../../../bench/generate/stored-article';
import { AnnotationSchema } from '../../../lib/annotate/types';
import { entityKey } from '../../../lib/store/entity-key';

describe('generated benchmark data', () => {
  it('makes articles of at least the requested length, the same for the same seed', () => {
    const a = generateArticle(1000);
    expect(a.wordCount).toBeGreaterThanOrEqual(1000);
    expect(a.wordCount).toBeLessThan(1100);
    expect(generateArticle(1000)).toEqual(a);
  });

  it('gives every pool entity its own stored key', () => {
    const keys = new Set<string>();
    for (let i = 0; i < ENTITY_POOL; i++) keys.add(entityKey(poolKind(i), poolName(i)));
    expect(keys.size).toBe(ENTITY_POOL);
  });

  it('makes valid 30-entity annotations whose mentions quote the text', () => {
    const input = storedArticle(42);
    const annotation = AnnotationSchema.parse(input.annotation);
    expect(annotation.entities).toHaveLength(ENTITIES_PER_ARTICLE);
    for (const e of annotation.entities) {
      for (const m of e.mentions) expect(input.text.slice(m.start, m.end)).toBe(e.name);
    }
    expect(storedArticle(42)).toEqual(input);
  });
});
