/**
 * The counts the reading log shows on an article's row (ArticleRecord.counts), computed where the
 * article's records are written (save, import, upgrade) so the log never reads them to count.
 */
import type { EntityKind } from '../annotate/types';
import type { ArticleCounts } from './records';

/** Counts from the kinds of the article's entities (one per entity), its attributions and incidents. */
export function articleCounts(
  entityKinds: Iterable<EntityKind | undefined>,
  attributions: ReadonlyArray<{ anonymous: boolean }>,
  incidents: number,
): ArticleCounts {
  let actors = 0;
  let places = 0;
  for (const kind of entityKinds) {
    if (kind === undefined) continue;
    if (kind === 'place') places++;
    else actors++;
  }
  const anonymous = attributions.filter((a) => a.anonymous).length;
  return { actors, places, attributions: attributions.length, anonymous, incidents };
}
