/**
 * The reading log's head script (log.html loads it before its module scripts, as a classic script):
 * starts reading the list's first screen straight from IndexedDB while React and Dexie load, and leaves
 * the promise where the page's list finds it (lib/store/log-first-screen.ts). Nothing else runs here.
 */
import { FIRST_SCREEN_GLOBAL, readFirstScreen } from '@/lib/store/log-first-screen';

export default defineUnlistedScript(() => {
  Object.assign(window, { [FIRST_SCREEN_GLOBAL]: readFirstScreen(indexedDB) });
});
