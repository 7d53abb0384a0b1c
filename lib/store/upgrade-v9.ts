/**
 * Upgrade from version 8: each article's text record, entity rows, attributions and (stored before
 * version 6) whole mentions become its one content record (ArticleContentRecord). An article with a
 * text record takes it as it is (it rebuilds the other two exactly, see article-text.ts); one without
 * keeps its records whole. Nothing else changes. Runs inside Dexie's upgrade transaction (the four old
 * tables are still readable there and are deleted after): if anything throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import { contentFromText, contentWhole } from './article-content';
import type { ArticleAttributionsRecord, ArticleContentRecord, ArticleEntitiesRecord, ArticleMentionsRecord, ArticleTextRecord } from './records';

/** The Dexie upgrade function for version 9. */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  const [texts, mentions, groups, attributions] = await Promise.all([
    tx.table<ArticleTextRecord, number>('articleTexts').toArray(),
    tx.table<ArticleMentionsRecord, number>('articleMentions').toArray(),
    tx.table<ArticleEntitiesRecord, number>('articleEntities').toArray(),
    tx.table<ArticleAttributionsRecord, number>('articleAttributions').toArray(),
  ]);
  const content = new Map<number, ArticleContentRecord>(texts.map((t) => [t.articleId, contentFromText(t)]));
  const mentionsOf = new Map(mentions.map((m) => [m.articleId, m.mentions]));
  const groupOf = new Map(groups.map((g) => [g.articleId, g]));
  const saidOf = new Map(attributions.map((a) => [a.articleId, a.attributions]));
  for (const articleId of new Set([...mentionsOf.keys(), ...groupOf.keys(), ...saidOf.keys()])) {
    if (content.has(articleId)) continue;
    const group = groupOf.get(articleId);
    content.set(
      articleId,
      contentWhole({ articleId, visited: group?.visited ?? 0, mentions: mentionsOf.get(articleId) ?? [], rows: group?.rows ?? [], attributions: saidOf.get(articleId) ?? [] }),
    );
  }
  await tx.table<ArticleContentRecord, number>('articleContent').bulkPut([...content.values()]);
}
