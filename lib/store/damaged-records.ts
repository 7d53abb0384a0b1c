/**
 * Which stored record of an article is damaged, said in words. The popup's view reads records without
 * checking them (its speed target leaves no room for zod on every opening); when that view fails, this
 * reads the same records again and checks each against its schema, so the reader is told that a record
 * is damaged (and which) instead of seeing a bare TypeError. Only read: nothing is changed or lost.
 */
import type { z } from 'zod';
import type { SourcemarkDb } from './db';
import { entitiesInOrder } from './entity-store';
import { rowEntityIds } from './article-content';
import {
  ArticleContentRecordSchema,
  ArticleRecordSchema,
  CoverageRecordSchema,
  EntityRecordSchema,
  IncidentRecordSchema,
} from './records';

/** One damaged record: what it is, and the first thing wrong with it. */
export interface DamagedRecord {
  record: string;
  problem: string;
}

function firstProblem(schema: z.ZodType, value: unknown): string | undefined {
  const checked = schema.safeParse(value);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}

/**
 * The first damaged record among those the popup reads for the article stored under `url` (the article,
 * its entity rows and attributions, its entities' coverage and entity records, its incidents);
 * undefined when all of them are sound (the failure lies elsewhere).
 */
export async function findDamagedRecord(db: SourcemarkDb, url: string): Promise<DamagedRecord | undefined> {
  return db.transaction('r', [db.articles, db.entityPages, db.articleContent, db.coverage, db.incidents], async () => {
    const articles = await db.articles.where('url').equals(url).toArray();
    for (const a of articles) {
      const problem = firstProblem(ArticleRecordSchema, a);
      if (problem) return { record: 'the article', problem };
    }
    const articleId = articles[0]?.id;
    if (articleId === undefined) return undefined;
    const [content, incidents] = await Promise.all([db.articleContent.get(articleId), db.incidents.where('articleIds').equals(articleId).toArray()]);
    const damaged = content && contentProblem(content);
    if (damaged) return damaged;
    let problem: string | undefined;
    for (const i of incidents) {
      problem = firstProblem(IncidentRecordSchema, i);
      if (problem) return { record: `incident #${i.id ?? '?'}`, problem };
    }
    const ids = content ? rowEntityIds(content) : [];
    const [coverage, entities] = await Promise.all([db.coverage.bulkGet(ids), entitiesInOrder(db, ids)]);
    for (const [k, id] of ids.entries()) {
      problem = coverage[k] && firstProblem(CoverageRecordSchema, coverage[k]);
      if (problem) return { record: `the earlier coverage of entity #${id}`, problem };
      problem = entities[k] && firstProblem(EntityRecordSchema, entities[k]);
      if (problem) return { record: `entity #${id}`, problem };
    }
    return undefined;
  });
}

/**
 * The damaged part of an article's content record (version 9: its text, entity rows and attributions
 * in one record), named as the reader knows the parts: its list of actors and places, its attributions.
 */
function contentProblem(content: unknown): DamagedRecord | undefined {
  const checked = ArticleContentRecordSchema.safeParse(content);
  if (checked.success) return undefined;
  const issue = checked.error.issues[0];
  if (!issue) return { record: 'its text', problem: 'invalid' };
  const path = issue.path.map(String);
  const part = path[0] === 'whole' ? path[1] : path[0];
  const record = part === 'attributions' ? 'its attributions' : part === 'rows' || part === 'entityVisits' ? 'its list of actors and places' : 'its text';
  const shown = path[0] === 'whole' ? path.slice(1) : path;
  return { record, problem: shown.length ? `${shown.join('.')}: ${issue.message}` : issue.message };
}
