import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { findDates } from '../../../lib/annotate/incidents/dates';

const LEAD = 'MANILA, Dec 1 (Reuters) - A bomb exploded outside a bus terminal in Tarvo on Monday, killing six people, the army said.';

function incidents(body: string): Array<[string, string | undefined, number | undefined]> {
  const a = annotate(`Headline here\n\n${LEAD}\n\n${body}\n`, { publishedTime: '2026-12-01T08:00:00Z' });
  return a.incidents.map((i) => [i.type, i.date, i.killed]);
}

describe('a weekday qualifying a noun', () => {
  it('names no day ("during Sunday Mass", "after Friday prayers"), while "on Sunday" still does', () => {
    const t = 'In January 2019, bombs hit a cathedral during Sunday Mass. Gunmen fired after Friday prayers. On Sunday, gunmen attacked a market.';
    const days = findDates(t, 0, t.length, '2026-12-01T08:00:00Z').filter((d) => d.precision === 'day').map((d) => t.slice(d.start, d.end));
    expect(days).toEqual(['On Sunday']);
  });
});

describe('one attack carried out in parts, told as background', () => {
  it('keeps "twin suicide bombings" dated to a past month as its own incident, undated to the day', () => {
    expect(incidents('In January 2019, twin suicide bombings at a cathedral in Tarvo killed more than 20 people during Sunday Mass.')).toEqual([
      ['explosion', '2026-11-30', 6],
      ['explosion', undefined, 20],
    ]);
  });

  it('still reads "repeated bombings" as a set of events, no incident', () => {
    expect(incidents('In January 2019, repeated bombings in the province killed more than 20 people.')).toEqual([['explosion', '2026-11-30', 6]]);
  });
});
