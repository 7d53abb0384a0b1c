import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity, names } from './helpers';

describe('a title with its portfolio, then the holder', () => {
  it('finds the holder after "Minister for <portfolio>" and makes them the source', () => {
    const text = 'Coordinating Minister for Political and Security Affairs Walde Sorimanto told a local daily the roads would be guarded.';
    const a = annotate(text);
    expect(entity(a, 'Walde Sorimanto')?.kind).toBe('person');
    expect(a.attributions.find((t) => text.slice(t.start, t.end).includes('told'))?.source).toBe('Walde Sorimanto');
  });

  it('takes "Minister of State for <portfolio>" and a one-word portfolio the same way', () => {
    const a = annotate('Minister of State for External Affairs Orin Tavaley said talks would resume. Minister for Interior Kesto Mavrin said the border was calm.');
    expect(entity(a, 'Orin Tavaley')?.kind).toBe('person');
    expect(entity(a, 'Kesto Mavrin')?.kind).toBe('person');
  });

  it('makes neither the title a person nor the portfolio and name one organization', () => {
    const a = annotate('Deputy Minister for Rural Development Joral Pemsky said the wells were dry.');
    expect(entitiesWithMention(a, 'Minister')).toEqual([]);
    expect(names(a, 'organization').filter((n) => n.includes('Development'))).toEqual([]);
  });

  it('leaves a portfolio with no name after it, and a ministry, alone', () => {
    const a = annotate('The Minister for Foreign Affairs said nothing. The Ministry of Foreign Affairs said talks would resume.');
    expect(names(a, 'person')).toEqual([]);
    expect(entity(a, 'Ministry of Foreign Affairs')?.kind).toBe('organization');
  });
});
