/**
 * The content record (version 9): one record per article, packed into its text or kept whole, and
 * read through the same views either way.
 */
import { describe, expect, it } from 'vitest';
import {
  attributionsOf,
  contentOf,
  contentWhole,
  entitiesOf,
  entityRowOf,
  mentionEntityIdsOf,
  mentionsOf,
  rowEntityIds,
  sourceIdsOf,
  textOf,
} from '../../../lib/store/article-content';
import { ArticleContentRecordSchema } from '../../../lib/store/records';

const text = 'Officials in Erbil said on Tuesday that the road to Mosul was closed.';
const quote = (start: number, end: number) => ({ start, end, exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) });
const erbil = quote(13, 18);
const mosul = quote(52, 57);
const whole = {
  articleId: 7,
  visited: 50,
  mentions: [
    { entityId: 2, ...erbil },
    { entityId: 3, ...mosul },
  ],
  rows: [
    { entityId: 2, mentionCount: 1, sentence: text, quote: erbil },
    { entityId: 3, mentionCount: 1, sentence: text, quote: mosul },
  ],
  attributions: [{ source: 'Officials', sourceEntityId: 9, cue: 'said', anonymous: false, quote: quote(0, 23), content: 'the road to Mosul was closed' }],
};

describe('the content record', () => {
  it('is packed into its text when every record comes from it, and reads back exactly', () => {
    const c = contentOf({ ...whole, text });
    expect(ArticleContentRecordSchema.safeParse(c).success).toBe(true);
    expect(c.whole).toBeUndefined();
    expect(textOf(c)?.text).toBe(text);
    expect(c.entityVisits).toEqual([[2, 50], [3, 50]]);
    expect(c.sourceEntityIds).toEqual([9]);
    expect(entitiesOf(c).rows).toEqual(whole.rows);
    expect(attributionsOf(c).attributions).toEqual(whole.attributions);
    expect(mentionsOf(c).mentions).toEqual(whole.mentions);
    expect(rowEntityIds(c)).toEqual([2, 3]);
    expect(mentionEntityIdsOf(c)).toEqual([2, 3]);
    expect(entityRowOf(c, 3)).toEqual(whole.rows[1]);
    expect(entityRowOf(c, 4)).toBeUndefined();
  });

  it('is kept whole when a record does not come from the text (or there is none), read the same way', () => {
    const moved = { ...whole, rows: [{ ...whole.rows[0]!, sentence: 'A sentence the text lacks.' }, whole.rows[1]!] };
    for (const c of [contentOf({ ...moved, text }), contentOf(moved), contentWhole(moved)]) {
      expect(ArticleContentRecordSchema.safeParse(c).success).toBe(true);
      expect(textOf(c)).toBeUndefined();
      expect(c.entityVisits).toEqual([[2, 50], [3, 50]]);
      expect(c.sourceEntityIds).toEqual(sourceIdsOf(moved.attributions));
      expect(entitiesOf(c)).toEqual({ articleId: 7, visited: 50, entityVisits: [[2, 50], [3, 50]], rows: moved.rows });
      expect(attributionsOf(c)).toEqual({ articleId: 7, sourceEntityIds: [9], attributions: moved.attributions });
      expect(mentionsOf(c)).toEqual({ articleId: 7, mentions: moved.mentions });
      expect(rowEntityIds(c)).toEqual([2, 3]);
      expect(mentionEntityIdsOf(c)).toEqual([2, 3]);
      expect(entityRowOf(c, 2)?.sentence).toBe('A sentence the text lacks.');
    }
  });
});
