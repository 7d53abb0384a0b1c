import { commandMessage } from '@/lib/background/commands';
import { routeMessage } from '@/lib/background/route-message';
import { installTrustServices } from '@/lib/background/site-policy';
import { openDb } from '@/lib/store/db';

// The background owns the engine and the database; pages reach both only through routeMessage.
export default defineBackground(() => {
  const db = openDb();
  installTrustServices(); // site list (where Sourcemark runs) and the reader's knowledge for the engine
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    routeMessage(db, raw, sender, browser.runtime.id).then(sendResponse, (error: unknown) => {
      console.error('sourcemark background: unexpected failure', error);
      sendResponse({ ok: false, error: 'internal error' });
    });
    return true; // the reply is sent asynchronously
  });
  // Keyboard shortcuts act on the tab they were pressed in.
  browser.commands.onCommand.addListener((command, tab) => {
    const message = commandMessage(command);
    if (!message) return;
    const send = async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, message);
    };
    send().catch((error: unknown) => console.debug('sourcemark background: no content script for', command, error));
  });
});
