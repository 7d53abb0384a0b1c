/**
 * Budget stories are full of upper-case terms of economics (VAT, GST, FDI) that are no organizations.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { names } from './helpers';

const LEAD = 'Government raises taxes\n\nVILNIUS, Dec 1 (Reuters) - The government will raise taxes, officials said on Tuesday.\n\n';

describe('terms of economics', () => {
  it('never types VAT, GST or FDI as organizations', () => {
    const a = annotate(`${LEAD}The VAT increase and a new GST on fuel would cut FDI, an economist said.\n`);
    const orgs = names(a, 'organization');
    for (const term of ['VAT', 'GST', 'FDI']) expect(orgs).not.toContain(term);
  });
});
