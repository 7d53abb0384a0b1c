/**
 * Upgrade from version 3: each article's mention records become one record holding them all (in the
 * order they were stored). Version 4 also kept an article count on each entity; the upgrade to 5,
 * which now always follows, replaces it with coverage records, so it is no longer computed here.
 * Runs inside Dexie's upgrade transaction (the old `mentions` table is still readable there and is
 * deleted after): if anything throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import type { ArticleMention, ArticleMentionsRecord, MentionRecord } from './records';

/** The Dexie upgrade function for version 4. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const groups = new Map<number, ArticleMention[]>();
  // Primary-key order: an article's mentions keep the order they were saved in.
  await tx.table<MentionRecord, number>('mentions').each((m) => {
    const { id: _id, articleId, ...mention } = m;
    const list = groups.get(articleId) ?? [];
    list.push(mention);
    groups.set(articleId, list);
  });
  const records: ArticleMentionsRecord[] = [...groups].map(([articleId, mentions]) => ({ articleId, mentions }));
  await tx.table<ArticleMentionsRecord, number>('articleMentions').bulkPut(records);
}
