import type { ReactNode } from 'react';

/** A designed empty, loading or error state, so no view is ever blank. */
export function Notice({ kind, children }: { kind: 'loading' | 'empty' | 'error'; children: ReactNode }) {
  return (
    <p className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
