import { describe, expect, it } from 'vitest';
import { deleteFailureMessage } from '../../../components/log/ConfirmButton';
import { DeleteBlockedError } from '../../../lib/store/recreate-empty';

function named(name: string, message = 'boom'): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

describe('deleteFailureMessage', () => {
  it('tells a full disk apart, and that nothing was deleted', () => {
    const m = deleteFailureMessage(named('QuotaExceededError'));
    expect(m).toMatch(/^Nothing was deleted/);
    expect(m).toMatch(/disk/);
  });
  it('sends the reader to close other pages when an upgrade blocks', () => {
    expect(deleteFailureMessage(named('DatabaseClosedError'))).toMatch(/Nothing was deleted\. .*Close other Sourcemark pages/);
  });
  it('sends the reader to close other pages when one keeps the database from being deleted', () => {
    const m = deleteFailureMessage(new DeleteBlockedError('held'));
    expect(m).toMatch(/^Nothing was deleted: another Sourcemark page keeps the database open\. Close the other Sourcemark/);
  });
  it('carries the cause of any other failure', () => {
    expect(deleteFailureMessage(named('AbortError', 'Transaction aborted'))).toBe('Nothing was deleted: Transaction aborted. Your data is as it was; try again.');
    expect(deleteFailureMessage('odd')).toContain('odd');
  });
});
