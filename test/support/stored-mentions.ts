/**
 * The stored mentions one by one, as tests read them: the store keeps each article's mentions in one
 * record (schema version 4), or as positions in its text record (version 6).
 */
import { readAllMentionGroups, readMentionGroups } from '../../lib/store/article-mentions';
import type { SourcemarkDb } from '../../lib/store/db';
import type { ArticleMention } from '../../lib/store/records';

/** Every stored mention (of one article, when given), with its article id. */
export async function storedMentions(db: SourcemarkDb, articleId?: number): Promise<Array<ArticleMention & { articleId: number }>> {
  const groups = articleId === undefined ? await readAllMentionGroups(db) : await readMentionGroups(db, [articleId]);
  return groups.flatMap((g) => g.mentions.map((m) => ({ ...m, articleId: g.articleId })));
}

/** How many mentions are stored. */
export async function mentionCount(db: SourcemarkDb): Promise<number> {
  return (await storedMentions(db)).length;
}
