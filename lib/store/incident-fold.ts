/**
 * How more reports of one incident fold into its stored record, the same whether they come from a
 * save (another article reporting it) or an import (another browser's log): figures already known are
 * kept, parties and articles are unioned, sources added. One rule, so a save and an import never
 * disagree about what an incident reported twice looks like.
 */
import type { IncidentRecord } from './records';

/** The items of both lists, each once, in first-seen order. */
export function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** What further reports add to an incident. */
export type IncidentReports = Pick<IncidentRecord, 'quantity' | 'killed' | 'injured' | 'claimedBy' | 'deniedBy' | 'blamedOn' | 'actorEntityIds' | 'articleIds' | 'sources'>;

/** The stored incident with the reports folded in; `reports.sources` must already leave out those stored. */
export function foldIncident(stored: IncidentRecord, reports: IncidentReports): IncidentRecord {
  return {
    ...stored,
    quantity: stored.quantity ?? reports.quantity,
    killed: stored.killed ?? reports.killed,
    injured: stored.injured ?? reports.injured,
    claimedBy: union(stored.claimedBy, reports.claimedBy),
    deniedBy: union(stored.deniedBy, reports.deniedBy),
    blamedOn: union(stored.blamedOn, reports.blamedOn),
    actorEntityIds: union(stored.actorEntityIds, reports.actorEntityIds),
    articleIds: union(stored.articleIds, reports.articleIds),
    sources: [...stored.sources, ...reports.sources],
  };
}
