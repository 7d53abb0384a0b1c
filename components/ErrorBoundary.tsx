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
