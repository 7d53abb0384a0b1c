/**
 * The content script's Readability, a file of its own: listed before the main content script in the
 * manifest (wxt.config.ts), so the browser compiles and runs it in a task of its own, and hands it to
 * the main script through lib/page/content-parts.ts. Nothing here touches the page.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { providePart } from '@/lib/page/content-parts';
import { READABILITY_PART } from '@/lib/page/readability-engine';

export default defineUnlistedScript(() => {
  try {
    providePart(READABILITY_PART, { Readability, isProbablyReaderable });
  } catch (error) {
    console.debug('sourcemark: the Readability part failed', error);
  }
});
