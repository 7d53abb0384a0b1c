import { useEffect, useState } from 'react';
import { targetTabId } from '@/entrypoints/popup/active-article';
import { highlightsStateReplySchema, whichArticleReplySchema, type SetHighlights } from '@/lib/messages';

/** What the switch knows about the tab: unknown yet, no Sourcemark there, or its highlights' state. */
type SwitchState = { state: 'loading' } | { state: 'absent' } | { state: 'ready'; tabId: number; visible: boolean };

/**
 * The popup's one switch for the tab's highlights (the same switch as the Alt+Shift+H shortcut): hides
 * or shows every Sourcemark highlight on the page without touching what is stored. Self-contained, so
 * the popup only has to place it.
 */
export function HighlightSwitch() {
  const [s, setS] = useState<SwitchState>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tabId = await targetTabId(location.search);
      if (tabId === undefined) throw new Error('no tab');
      const reply = whichArticleReplySchema().safeParse(await browser.tabs.sendMessage(tabId, { type: 'which-article' }));
      if (!cancelled) setS(reply.success ? { state: 'ready', tabId, visible: reply.data.highlightsVisible ?? true } : { state: 'absent' });
    })().catch((error: unknown) => {
      console.debug('sourcemark popup: no content script to switch highlights in', error);
      if (!cancelled) setS({ state: 'absent' });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (s.state !== 'ready') return null;

  const toggle = async () => {
    const request: SetHighlights = { type: 'set-highlights', visible: !s.visible };
    try {
      const reply = highlightsStateReplySchema().safeParse(await browser.tabs.sendMessage(s.tabId, request));
      if (reply.success) setS({ ...s, visible: reply.data.visible });
    } catch (error) {
      console.error('sourcemark popup: could not switch highlights', error);
    }
  };

  return (
    <label className="highlight-switch" style={{ display: 'flex', gap: '0.5em', alignItems: 'center', margin: '0.25em 0' }}>
      <input type="checkbox" role="switch" checked={s.visible} onChange={() => void toggle()} />
      Show highlights on this page <kbd title="Keyboard shortcut">Alt+Shift+H</kbd>
    </label>
  );
}
