/**
 * An article's entity rows, attributions and text as tests read them: the store keeps them in one
 * content record per article (schema version 9); these are the views every reader takes of it.
 */
import { attributionsOf, contentWhole, entitiesOf, mentionsOf, textOf } from '../../lib/store/article-content';
import type { SourcemarkDb } from '../../lib/store/db';
import type { ArticleAttributionsRecord, ArticleEntitiesRecord, ArticleMentionsRecord, ArticleTextRecord } from '../../lib/store/records';

/** Every stored article's entity rows, by article id. */
export async function storedGroups(db: SourcemarkDb): Promise<ArticleEntitiesRecord[]> {
  return (await db.articleContent.toArray()).map(entitiesOf);
}

/** One article's entity rows (undefined when it has no content record). */
export async function storedGroup(db: SourcemarkDb, articleId: number): Promise<ArticleEntitiesRecord | undefined> {
  const c = await db.articleContent.get(articleId);
  return c && entitiesOf(c);
}

/** Every stored article's attributions, by article id. */
export async function storedAttributionGroups(db: SourcemarkDb): Promise<ArticleAttributionsRecord[]> {
  return (await db.articleContent.toArray()).map(attributionsOf);
}

/** One article's attributions (undefined when it has no content record). */
export async function storedAttributionGroup(db: SourcemarkDb, articleId: number): Promise<ArticleAttributionsRecord | undefined> {
  const c = await db.articleContent.get(articleId);
  return c && attributionsOf(c);
}

/** Every article's text record, for the articles whose content is packed into their text. */
export async function storedTexts(db: SourcemarkDb): Promise<ArticleTextRecord[]> {
  return (await db.articleContent.toArray()).flatMap((c) => textOf(c) ?? []);
}

/** One article's text record (undefined when it has none: no content, or content kept whole). */
export async function storedText(db: SourcemarkDb, articleId: number): Promise<ArticleTextRecord | undefined> {
  const c = await db.articleContent.get(articleId);
  return c && textOf(c);
}

/** Turns an article's content back into the form a store before version 6 kept (no text: its records whole). */
export async function keepWithoutText(db: SourcemarkDb, articleId: number): Promise<void> {
  const c = await db.articleContent.get(articleId);
  const t = c && textOf(c);
  if (!c || !t) throw new Error('no text');
  await db.articleContent.put(contentWhole({ articleId, visited: c.visited, mentions: mentionsOf(c).mentions, rows: entitiesOf(c).rows, attributions: attributionsOf(c).attributions }));
}

/**
 * A version 9 store's content as the tables of versions 6 to 8 held it, to build stores of those
 * versions in upgrade tests: text records for packed articles (their mentions nowhere else), whole
 * mentions for the others, and every article's entity rows and attributions.
 */
export async function v8ArticleTables(db: SourcemarkDb): Promise<{
  articleTexts: ArticleTextRecord[];
  articleMentions: ArticleMentionsRecord[];
  articleEntities: ArticleEntitiesRecord[];
  articleAttributions: ArticleAttributionsRecord[];
}> {
  const content = await db.articleContent.toArray();
  return {
    articleTexts: content.flatMap((c) => textOf(c) ?? []),
    articleMentions: content.filter((c) => textOf(c) === undefined).map(mentionsOf),
    articleEntities: content.map(entitiesOf),
    articleAttributions: content.map(attributionsOf),
  };
}
