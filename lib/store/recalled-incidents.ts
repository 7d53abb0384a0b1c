/**
 * Which of an article's own incidents the reader has met before: background the article recalls ("The
 * attack came three days after rockets hit the base …") that another stored article reported too. The
 * popup shows those in its prior timeline, with every source, instead of among the article's news:
 * they answer "what happened there before?", and listing them as this article's news hides them there.
 */
import type { IncidentRecord } from './records';

/** Where the article itself first names the incident (its own report's quote), for text order. */
export function ownStart(incident: IncidentRecord, articleId: number): number {
  const starts = incident.sources.filter((s) => s.articleId === articleId).map((s) => s.quote.start);
  return starts.length > 0 ? Math.min(...starts) : Number.MAX_SAFE_INTEGER;
}

/**
 * Splits an article's incidents (in text order) into its news and what it recalls. The lead is the
 * first dated incident the article names; an incident dated before the lead's day and reported by
 * another article is recalled. Without a dated lead nothing is recalled: the article's own day is not
 * evidence enough (a Tuesday story about Monday's attack would lose its news).
 */
export function splitRecalled(own: readonly IncidentRecord[], articleId: number): { news: IncidentRecord[]; recalled: IncidentRecord[] } {
  const leadDate = own.find((i) => i.date !== undefined)?.date;
  const news: IncidentRecord[] = [];
  const recalled: IncidentRecord[] = [];
  for (const incident of own) {
    const earlier = leadDate !== undefined && incident.date !== undefined && incident.date < leadDate;
    const elsewhere = incident.articleIds.some((id) => id !== articleId);
    (earlier && elsewhere ? recalled : news).push(incident);
  }
  return { news, recalled };
}
