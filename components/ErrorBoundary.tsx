import { Component, type ReactNode } from 'react';
import { Notice } from './Notice';

/** Describes a storage failure in words a reader can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'Your disk is full: Sourcemark cannot save more. Nothing already saved was lost.';
  if (name === 'VersionError' || name === 'UpgradeError' || name === 'DatabaseClosedError') {
    return 'Sourcemark’s database is being upgraded in another window. Close other Sourcemark pages and reopen this one.';
  }
  if (name === 'DataError' || name === 'ZodError') return 'A stored record is damaged and was skipped. Your other records are safe.';
  return `Sourcemark could not read its database (${error instanceof Error ? error.message : String(error)}).`;
}

/**
 * What the reader is told while the database does not open: its upgrade waits for another Sourcemark
 * page to let go of it (IndexedDB's "blocked", which a queued opening never even hears of), or runs
 * long. The view cannot load until then, and waiting loses nothing.
 */
export const BLOCKED_UPGRADE_MESSAGE =
  'Sourcemark’s database is not open yet: it is being upgraded, and another Sourcemark page may still have it open. If this stays, close the other Sourcemark tabs (the reading log, the options). Nothing stored is lost.';

/** How long the database may take to open before the reader is told why they wait. */
export const OPEN_PATIENCE_MS = 3000;

/** What the reader is told when a stored record of the article is damaged (see findDamagedRecord). */
export function damagedRecordMessage(d: { record: string; problem: string }): string {
  return `A stored record of this article is damaged (${d.record}: ${d.problem}), so what Sourcemark remembers about it cannot be shown. Nothing was deleted, and your other articles are safe.`;
}

/** Catches a failing view (a blocked upgrade, a corrupted record) and says what happened instead of going blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error('sourcemark: view failed', error);
  }

  override render() {
    if (this.state.error) return <Notice kind="error">{describeStorageError(this.state.error)}</Notice>;
    return this.props.children;
  }
}
