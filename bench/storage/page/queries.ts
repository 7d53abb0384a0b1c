/**
 * Times the popup's queries (articleView, and crossReference alone) on stored generated articles, each
 * a 30-entity article, with the real lib/store code against the extension's IndexedDB.
 */
import { articleView } from '../../../lib/store/article-view';
import { crossReference } from '../../../lib/store/cross-reference';
import type { SourcemarkDb } from '../../../lib/store/db';
import { storedArticle } from '../../generate/stored-article';
import type { QueryTimings } from './api';

/** One timed call per index for each query (the first index is also run once, untimed, to warm up). */
export async function timeQueries(db: SourcemarkDb, indexes: readonly number[]): Promise<QueryTimings> {
  const out: QueryTimings = { articleView: [], crossReference: [], entitiesSeen: [] };
  const first = indexes[0];
  if (first !== undefined) await articleView(db, storedArticle(first).url);
  for (const index of indexes) {
    const url = storedArticle(index).url;
    let start = performance.now();
    const view = await articleView(db, url);
    out.articleView.push(performance.now() - start);
    if (!view) throw new Error(`article ${index} is not stored`);
    out.entitiesSeen.push(view.actors.length + view.places.length);
    start = performance.now();
    await crossReference(db, url);
    out.crossReference.push(performance.now() - start);
  }
  return out;
}
