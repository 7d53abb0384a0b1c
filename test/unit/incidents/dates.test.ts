import { describe, expect, it } from 'vitest';
import { findDates, publicationDay } from '../../../lib/annotate/incidents/dates';

const dates = (s: string, published?: string): Array<[string, boolean]> =>
  findDates(s, 0, s.length, published).filter((d) => d.precision === 'day').map((d) => [d.date, d.report]);
const periods = (s: string, published?: string): string[] =>
  findDates(s, 0, s.length, published).filter((d) => d.precision !== 'day').map((d) => d.date);

describe('findDates', () => {
  // 2023-05-10 is a Wednesday.
  it('fixes a weekday to the last such day on or before publication', () => {
    expect(dates('Gunmen attacked the convoy on Monday.', '2023-05-10')).toEqual([['2023-05-08', false]]);
    expect(dates('The depot burned late on Friday.', '2023-05-10')).toEqual([['2023-05-05', false]]);
    expect(dates('The raid happened on Wednesday.', '2023-05-10T09:00:00Z')).toEqual([['2023-05-10', false]]);
  });

  it('puts a month and day without a year in the past', () => {
    expect(dates('In the March 3 attack, two guards died.', '2023-05-10')).toEqual([['2023-03-03', false]]);
    expect(dates('The Dec. 28 blast destroyed a bridge.', '2023-01-04')).toEqual([['2022-12-28', false]]);
  });

  it('does not count from publication a date counted from another event', () => {
    expect(dates('The raid came three days after gunmen burned the depot.', '2023-05-10')).toEqual([]);
    expect(dates('Two days later, a second convoy was hit.', '2023-05-10')).toEqual([]);
  });

  it('takes a weekday before a statement verb as the statement\'s date', () => {
    expect(dates('The ministry on Tuesday blamed rebels for the ambush.', '2023-05-10')).toEqual([['2023-05-09', true]]);
    expect(dates('Police on Monday denied firing at the crowd.', '2023-05-10')).toEqual([['2023-05-08', true]]);
  });

  it('keeps explicit dates as written', () => {
    expect(dates('The shelling on Aug. 2, 2019, hit a school.', '2023-05-10')).toEqual([['2019-08-02', false]]);
  });

  it('gives nothing for expressions without a day', () => {
    expect(dates('The ambush took place last month.', '2023-05-10')).toEqual([]);
    expect(dates('A second attack came days later.', '2023-05-10')).toEqual([]);
    expect(dates('Two bombs exploded last week.', '2023-05-10')).toEqual([]);
  });

  it('gives a month or a year where the text names no day', () => {
    expect(periods('The ambush took place last month.', '2023-05-10')).toEqual(['2023-04']);
    expect(periods('A drone hit the base in December.', '2023-05-10')).toEqual(['2022-12']);
    expect(periods('The 2019 bombing shocked the city.', '2023-05-10')).toEqual(['2019']);
    expect(periods('The blast killed 2000 people.', '2023-05-10')).toEqual([]);
  });

  it('needs a publication day to resolve relative dates', () => {
    expect(dates('Gunmen attacked the convoy on Monday.')).toEqual([]);
    expect(dates('The shelling on Aug. 2, 2019, hit a school.')).toEqual([['2019-08-02', false]]);
  });

  it('marks dates of statements rather than events', () => {
    expect(dates('The army said in a statement on Tuesday that the base was hit.', '2023-05-10')).toEqual([['2023-05-09', true]]);
    expect(dates('The governor on Tuesday said a blast shook the port.', '2023-05-10')).toEqual([['2023-05-09', true]]);
    expect(dates('On Tuesday, police told reporters the bomb was found.', '2023-05-10')).toEqual([['2023-05-09', true]]);
    expect(dates('On Tuesday, a car bomb exploded in the square.', '2023-05-10')).toEqual([['2023-05-09', false]]);
  });
});

describe('publicationDay', () => {
  it('reads the day of an ISO date or date-time', () => {
    expect(publicationDay('2022-07-01T23:30:00-04:00')).toEqual({ y: 2022, m: 7, d: 1 });
    expect(publicationDay('not a date')).toBeUndefined();
  });
});
