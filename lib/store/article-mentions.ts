/**
 * An article's mentions, whichever form they are stored in: positions in its text record (version 6)
 * or whole in an ArticleMentionsRecord (articles stored before). Every reader of mentions goes
 * through here, so none cares which.
 */
import { unpackMentions } from './article-text';
import type { SourcemarkDb } from './db';
import type { ArticleMentionsRecord } from './records';

/** The whole mention records of these articles (those that have mentions), in the given order. */
export async function readMentionGroups(db: SourcemarkDb, articleIds: readonly number[]): Promise<ArticleMentionsRecord[]> {
  const [texts, whole] = await Promise.all([db.articleTexts.bulkGet([...articleIds]), db.articleMentions.bulkGet([...articleIds])]);
  return articleIds.flatMap((articleId, k) => {
    const t = texts[k];
    if (t) return [{ articleId, mentions: unpackMentions(t) }];
    const w = whole[k];
    return w ? [w] : [];
  });
}

/** Every stored article's mention records, whole (text records unpacked). */
export async function readAllMentionGroups(db: SourcemarkDb): Promise<ArticleMentionsRecord[]> {
  const [texts, whole] = await Promise.all([db.articleTexts.toArray(), db.articleMentions.toArray()]);
  const packed = new Set(texts.map((t) => t.articleId));
  return [...texts.map((t) => ({ articleId: t.articleId, mentions: unpackMentions(t) })), ...whole.filter((w) => !packed.has(w.articleId))].sort(
    (a, b) => a.articleId - b.articleId,
  );
}
