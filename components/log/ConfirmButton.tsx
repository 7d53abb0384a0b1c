import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describeStorageError } from '../ErrorBoundary';

/**
 * What the reader is told when a confirmed deletion fails. Deletions run in one transaction, or
 * delete the whole database only once no other page holds it (lib/store/delete.ts), so a failure has
 * deleted nothing, and the reader may simply try again.
 */
export function deleteFailureMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'Nothing was deleted: your disk is too full even to delete. Free some space and try again.';
  if (name === 'DeleteBlockedError') return 'Nothing was deleted: another Sourcemark page keeps the database open. Close the other Sourcemark tabs and windows, then try again.';
  if (name === 'VersionError' || name === 'UpgradeError' || name === 'DatabaseClosedError') return `Nothing was deleted. ${describeStorageError(error)}`;
  return `Nothing was deleted: ${error instanceof Error ? error.message : String(error)}. Your data is as it was; try again.`;
}

/**
 * A destructive action in two steps, in the page itself (no window.confirm, which blocks the page and
 * cannot be styled): the first click says what will be lost, the second does it; Escape or Cancel
 * goes back, with the keyboard on the first button again. A failure is told in place, never left unhandled.
 */
export function ConfirmButton(props: { label: string; confirmLabel: string; warning: ReactNode; onConfirm: () => Promise<void> | void; small?: boolean }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  // Back from the question (cancelled, or failed), the keyboard returns to the button that asked it,
  // instead of falling to the top of the page.
  const trigger = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!asking && refocus) {
      trigger.current?.focus();
      setRefocus(false);
    }
  }, [asking, refocus]);
  const cancel = () => {
    setAsking(false);
    setRefocus(true);
  };
  const problem = failure && (
    <p role="alert" className="notice notice--error" data-delete="failed">
      {failure}
    </p>
  );
  if (!asking) {
    return (
      <>
        <button ref={trigger} type="button" className={`danger${props.small ? ' small' : ''}`} onClick={() => { setFailure(undefined); setAsking(true); }}>
          {props.label}
        </button>
        {problem}
      </>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label="Confirm deletion"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.preventDefault();
          cancel();
        }
      }}
    >
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
          } catch (error) {
            console.error('sourcemark: deletion failed', error);
            setFailure(deleteFailureMessage(error));
            setRefocus(true);
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}
