/**
 * The keyboard shortcuts (manifest `commands`) and the message each sends to the active tab's content
 * script: one switch for all highlights, and next/previous mention for readers who use the keyboard
 * (highlights are not focusable elements, so the shortcut moves a focus mark and opens the card).
 */
import type { ContentRequest } from '../messages';

/** Command names as declared in the manifest. */
export const COMMANDS = {
  toggle: 'toggle-highlights',
  next: 'next-mention',
  previous: 'previous-mention',
} as const;

/** The content-script message of a command; undefined for a command Sourcemark does not know. */
export function commandMessage(command: string): ContentRequest | undefined {
  switch (command) {
    case COMMANDS.toggle:
      return { type: 'set-highlights' };
    case COMMANDS.next:
      return { type: 'cycle-mention', direction: 'next' };
    case COMMANDS.previous:
      return { type: 'cycle-mention', direction: 'previous' };
    default:
      return undefined;
  }
}
