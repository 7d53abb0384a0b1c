import { useEffect, useState } from 'react';
import type Dexie from 'dexie';
import { OPEN_PATIENCE_MS } from './ErrorBoundary';

/**
 * Whether the reader must be told why the view waits: the database's upgrade is blocked by an older
 * connection elsewhere (the "blocked" event), or the database is still not open OPEN_PATIENCE_MS
 * after the view began `loading` (an opening queued behind a blocked one never hears "blocked").
 * A view that loads forgets it: the answer is for while `loading` lasts.
 */
export function useOpenWait(db: Dexie, loading: boolean): boolean {
  const [blocked, setBlocked] = useState(false);
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const onBlocked = () => setBlocked(true);
    db.on('blocked', onBlocked);
    return () => db.on('blocked').unsubscribe(onBlocked);
  }, [db]);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => setSlow(!db.isOpen()), OPEN_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [db, loading]);
  return loading && (blocked || slow);
}
