import { useState, type ReactNode } from 'react';

/**
 * A destructive action in two steps, in the page itself (no window.confirm, which blocks the page and
 * cannot be styled): the first click says what will be lost, the second does it.
 */
export function ConfirmButton(props: { label: string; confirmLabel: string; warning: ReactNode; onConfirm: () => Promise<void> | void; small?: boolean }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={`danger${props.small ? ' small' : ''}`} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label="Confirm deletion">
      <span className="confirm__warning">{props.warning}</span>
      <button
        type="button"
        className="danger"
        disabled={busy}
        autoFocus
        onClick={async () => {
          setBusy(true);
          try {
            await props.onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
