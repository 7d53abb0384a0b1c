/**
 * How an imported record folds into the one already stored under the same identity (an article's URL,
 * an entity's or incident's key): nothing stored is lost, nothing is counted twice. Pure functions.
 */
import type { ExportArticle, ExportEntity, ExportIncident } from '../export/format';
import { foldIncident, union } from '../store/incident-fold';
import type { ArticleRecord, EntityRecord, IncidentRecord } from '../store/records';

/** The stored article with the imported visits added; stored fields win, missing ones are filled in. */
export function mergeArticle(stored: ArticleRecord, imported: ExportArticle): ArticleRecord {
  return {
    ...imported,
    ...Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== undefined)),
    title: stored.title || imported.title,
    firstVisited: Math.min(stored.firstVisited, imported.firstVisited),
    lastVisited: Math.max(stored.lastVisited, imported.lastVisited),
    visits: union(stored.visits, imported.visits).sort((a, b) => a - b),
    id: stored.id,
  };
}

/** The stored entity with the imported names folded in. */
export function mergeEntityRecord(stored: EntityRecord, imported: ExportEntity): EntityRecord {
  const aliases = union(stored.aliases, [...imported.aliases, imported.name]).filter((n) => n !== stored.name);
  return {
    ...stored,
    subtype: stored.subtype ?? imported.subtype,
    role: stored.role ?? imported.role,
    aliases,
    aliasKeys: union(stored.aliasKeys, imported.aliasKeys),
  };
}

/** One incident reported in both: sources and parties unioned, the stored figures kept when known. */
export function mergeIncident(stored: IncidentRecord, imported: ExportIncident): IncidentRecord {
  const sourceKey = (s: IncidentRecord['sources'][number]) => `${s.articleId}|${s.quote.start}|${s.quote.end}`;
  const known = new Set(stored.sources.map(sourceKey));
  return {
    ...foldIncident(stored, { ...imported, sources: imported.sources.filter((s) => !known.has(sourceKey(s))) }),
    location: stored.location ?? imported.location,
    placeEntityId: stored.placeEntityId ?? imported.placeEntityId,
  };
}
