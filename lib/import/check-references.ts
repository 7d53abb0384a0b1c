/**
 * Checks that a validated file holds together before anything is written: ids, URLs and keys unique
 * within their table, and every reference (a mention's article and entity, an incident's place, actors,
 * articles and sources) pointing at a record of the same file. A file that fails is refused whole.
 */
import type { ExportText, Snapshot } from '../export/format';
import { MENTION_STRIDE, ROW_STRIDE } from '../store/records';
import { ImportRejected, recordLabel } from './problem';

function unique<T>(table: string, records: readonly T[], what: string, keyOf: (r: T) => string | number): void {
  const seen = new Map<string | number, number>();
  records.forEach((r, i) => {
    const key = keyOf(r);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ImportRejected({
        where: recordLabel(table, i, r),
        message: `same ${what} as ${table} #${first + 1} (${String(key).slice(0, 80)})`,
      });
    }
    seen.set(key, i);
  });
}

function mustExist(table: string, index: number, record: unknown, ids: ReadonlySet<number>, id: number | undefined, what: string): void {
  if (id !== undefined && !ids.has(id)) {
    throw new ImportRejected({ where: recordLabel(table, index, record), message: `refers to ${what} ${id}, which is not in the file` });
  }
}

/**
 * The texts' references: one per article, to an article and entities of the file, and an article
 * with its text has its records there only (not also one by one).
 */
function checkTexts(s: Snapshot, texts: readonly ExportText[], articles: ReadonlySet<number>, entities: ReadonlySet<number>): void {
  unique('texts', texts, 'article', (t) => t.articleId);
  const listed = new Set<number>();
  for (const r of s.mentions) listed.add(r.articleId);
  for (const r of s.appearances) listed.add(r.articleId);
  for (const r of s.attributions) listed.add(r.articleId);
  texts.forEach((t, i) => {
    mustExist('texts', i, t, articles, t.articleId, 'article');
    if (listed.has(t.articleId)) {
      throw new ImportRejected({ where: recordLabel('texts', i, t), message: `its article also has mentions, appearances or attributions listed one by one` });
    }
    for (let k = 0; k < t.mentions.length; k += MENTION_STRIDE) mustExist('texts', i, t, entities, t.mentions[k], `entity (mention ${k / MENTION_STRIDE})`);
    const rowEntities = new Set<number>();
    for (let k = 0; k < t.rows.length; k += ROW_STRIDE) {
      mustExist('texts', i, t, entities, t.rows[k], `entity (row ${k / ROW_STRIDE})`);
      rowEntities.add(t.rows[k] as number);
    }
    for (let k = 0; k < t.mentions.length; k += MENTION_STRIDE) {
      if (!rowEntities.has(t.mentions[k] as number)) {
        throw new ImportRejected({ where: recordLabel('texts', i, t), message: `mention ${k / MENTION_STRIDE} names entity ${t.mentions[k]}, which has no row` });
      }
    }
    unique(`texts #${i + 1} rows`, Array.from({ length: t.rows.length / ROW_STRIDE }, (_, k) => t.rows[k * ROW_STRIDE] as number), 'entity', (id) => id);
    t.attributions.forEach((a, k) => {
      if (a[1] !== 0) mustExist('texts', i, t, entities, a[1], `entity (attribution ${k})`);
    });
  });
}

/** Throws ImportRejected naming the first record that breaks uniqueness or points nowhere. */
export function checkReferences(s: Snapshot, texts: readonly ExportText[] = []): void {
  unique('articles', s.articles, 'id', (a) => a.id);
  unique('articles', s.articles, 'URL', (a) => a.url);
  unique('entities', s.entities, 'id', (e) => e.id);
  unique('entities', s.entities, 'key', (e) => e.key);
  unique('mentions', s.mentions, 'id', (m) => m.id);
  unique('appearances', s.appearances, 'entity and article', (a) => `${a.entityId}:${a.articleId}`);
  unique('attributions', s.attributions, 'id', (a) => a.id);
  unique('incidents', s.incidents, 'id', (i) => i.id);
  unique('incidents', s.incidents, 'key', (i) => i.key);
  const articles = new Set(s.articles.map((a) => a.id));
  const entities = new Set(s.entities.map((e) => e.id));
  s.mentions.forEach((m, i) => {
    mustExist('mentions', i, m, articles, m.articleId, 'article');
    mustExist('mentions', i, m, entities, m.entityId, 'entity');
  });
  s.appearances.forEach((a, i) => {
    mustExist('appearances', i, a, articles, a.articleId, 'article');
    mustExist('appearances', i, a, entities, a.entityId, 'entity');
  });
  s.attributions.forEach((a, i) => {
    mustExist('attributions', i, a, articles, a.articleId, 'article');
    mustExist('attributions', i, a, entities, a.sourceEntityId, 'entity');
  });
  s.incidents.forEach((inc, i) => {
    mustExist('incidents', i, inc, entities, inc.placeEntityId, 'place entity');
    for (const id of inc.actorEntityIds) mustExist('incidents', i, inc, entities, id, 'actor entity');
    for (const id of inc.articleIds) mustExist('incidents', i, inc, articles, id, 'article');
    for (const src of inc.sources) mustExist('incidents', i, inc, articles, src.articleId, 'article');
    if (inc.articleIds.length === 0) throw new ImportRejected({ where: recordLabel('incidents', i, inc), message: 'is reported by no article' });
  });
  checkTexts(s, texts, articles, entities);
}
