import { describe, expect, it } from 'vitest';
import { toJsonExport } from '../../../lib/export/json';
import { generateArticles } from '../../support/generate-articles';

const WHEN = new Date('2026-04-07T10:00:00Z');
const ENTRY = { name: 'Marlow Quist', type: 'organization' as const, subtype: 'water company', aliases: ['MQW'], createdAt: 5, updatedAt: 6 };

describe('toJsonExport', () => {
  it('carries the reader knowledge when given (the complete export)', () => {
    const file = JSON.parse(toJsonExport(generateArticles(2, 1), WHEN, { kind: 'all' }, [ENTRY]));
    expect(file).toMatchObject({ format: 'sourcemark-export', version: 2, scope: { kind: 'all' }, readerKnowledge: [ENTRY] });
    expect(file.articles).toHaveLength(2);
  });

  it('has no readerKnowledge field when none is given (a filtered export)', () => {
    const file = JSON.parse(toJsonExport(generateArticles(2, 1), WHEN, { kind: 'filtered', description: 'Site: Gazette' }));
    expect('readerKnowledge' in file).toBe(false);
  });
});
