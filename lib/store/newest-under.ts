/**
 * The newest records (highest primary keys) under each of many values of one index, found by ONE key
 * cursor walked backwards that jumps from wanted value to wanted value. The popup asks this for the
 * article's two dozen actors, most of whom are in no incident: a request per actor cost a round trip
 * each (a fixed cost far above that of the few index entries read), the cursor costs one step per
 * actor without incidents and one per kept key.
 */
import Dexie from 'dexie';

/**
 * Up to `limit` primary keys under each value of index `indexName` of `table`, highest first, by
 * value; values with none are absent. The index's values and the table's keys are numbers. Runs in
 * the caller's transaction when it holds the table, else in a read transaction of its own.
 */
export function newestKeysUnder(table: { name: string; db: Dexie }, indexName: string, values: readonly number[], limit: number): Promise<Map<number, number[]>> {
  const wanted = [...new Set(values)].sort((a, b) => b - a);
  if (wanted.length === 0 || limit <= 0) return Dexie.Promise.resolve(new Map<number, number[]>());
  const current = Dexie.currentTransaction;
  if (current?.storeNames.includes(table.name)) return walk(current.idbtrans.objectStore(table.name).index(indexName), wanted, limit);
  return table.db.transaction('r', table.name, () => {
    const trans = Dexie.currentTransaction;
    if (!trans) throw new Error('no transaction');
    return walk(trans.idbtrans.objectStore(table.name).index(indexName), wanted, limit);
  });
}

/** The cursor walk, `wanted` sorted highest first. */
function walk(index: IDBIndex, wanted: readonly number[], limit: number): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  const highest = wanted[0] as number;
  const lowest = wanted[wanted.length - 1] as number;
  return new Dexie.Promise<Map<number, number[]>>((resolve, reject) => {
    const request = index.openKeyCursor(IDBKeyRange.bound(lowest, highest), 'prev');
    // wanted[next] is the highest wanted value the walk has not passed yet.
    let next = 0;
    request.onerror = () => reject(request.error ?? new Error(`reading the index ${index.name} failed`));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(out);
      const key = cursor.key as number;
      while (next < wanted.length && (wanted[next] as number) > key) next++;
      const value = wanted[next];
      if (value === undefined) return resolve(out);
      if (value === key) {
        const list = out.get(key) ?? [];
        list.push(cursor.primaryKey as number);
        out.set(key, list);
        if (list.length < limit) return cursor.continue();
        next++;
        const after = wanted[next];
        return after === undefined ? resolve(out) : cursor.continue(after);
      }
      // An index value nobody asked for: jump down to the next wanted one.
      cursor.continue(value);
    };
  });
}
