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

describe('tolls', () => {
  function tolls(text: string): Array<[number | undefined, number | undefined]> {
    return annotate(text, { publishedTime: '2026-12-01T08:00:00Z' }).incidents.map((i) => [i.killed, i.injured]);
  }

  it('keeps a toll followed by a long ranking phrase that ends in "this year"', () => {
    expect(tolls('NAIROBI, Dec 1 (AP) - A roadside bomb ripped through a police truck in Tarvel county on Monday, killing five officers and wounding two, police said, the deadliest attack on security forces in the region this year.')).toEqual([[5, 2]]);
  });

  it('still reads "so far this year" after a toll as a running total', () => {
    expect(tolls('NAIROBI, Dec 1 (AP) - A roadside bomb hit a police truck in Tarvel county on Monday. Bombs have killed 40 officers so far this year, police said.')).toEqual([[undefined, undefined]]);
  });

  it('counts one person "shot and wounded"', () => {
    expect(tolls('NAIROBI, Dec 1 (AP) - On Sunday, a police reservist was shot and wounded at a water point near Lafeyo by suspected militants, police said.')).toEqual([[undefined, 1]]);
  });
});

describe('an event dated by its gap to an earlier report', () => {
  it('dates "The kidnapping came a day after a drone strike …" a day before the kidnapping', () => {
    const a = annotate('ADDIS ABABA, Dec 1 (Reuters) - Gunmen stopped two buses near Dorra on Sunday and abducted 30 passengers, police said.\n\nThe kidnapping came a day after a drone strike on a market in Debre Kelo killed 14 people.', { publishedTime: '2026-12-01T08:00:00Z' });
    expect(a.incidents.map((i) => [i.type, i.date])).toEqual([['kidnapping', '2026-11-29'], ['drone', '2026-11-28']]);
  });
});
