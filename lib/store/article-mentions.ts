/**
 * An article's mentions, whichever form its content record keeps them in: positions in its text
 * (version 6's packed form) or whole (articles stored before, see article-content.ts). Every reader
 * of mentions goes through here, so none cares which.
 */
import { mentionsOf } from './article-content';
import type { SourcemarkDb } from './db';
import type { ArticleMentionsRecord } from './records';
import { PER_READ, readWhole } from './read-whole';

/** The whole mention records of these articles (those that have content), in the given order. */
export async function readMentionGroups(db: SourcemarkDb, articleIds: readonly number[]): Promise<ArticleMentionsRecord[]> {
  const content = await db.articleContent.bulkGet([...articleIds]);
  return content.flatMap((c) => (c ? [mentionsOf(c)] : []));
}

/** Every stored article's mention records, whole, by article id. */
export async function readAllMentionGroups(db: SourcemarkDb): Promise<ArticleMentionsRecord[]> {
  return (await readWhole(db.articleContent, PER_READ.content)).map(mentionsOf);
}
