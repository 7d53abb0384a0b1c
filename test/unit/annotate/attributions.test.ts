import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { atts } from './helpers';

describe('attributions', () => {
  it('finds "X said" with the source resolved to the entity', () => {
    const [a] = atts('Talks failed, Finance Minister Laila Haddad said on Monday.');
    expect(a).toMatchObject({ source: 'Laila Haddad', cue: 'said', anonymous: false, evidence: 'Laila Haddad said' });
    expect(a?.sourceEntityId).toBeDefined();
  });

  it('skips an appositive and a time phrase between source and cue', () => {
    const [a] = atts('Omar Faizi, a spokesman for the Health Ministry, on Tuesday said the clinic had closed.');
    expect(a).toMatchObject({ source: 'Omar Faizi', cue: 'said' });
  });

  it('keeps the channel: told an outlet, said in a statement, said on Twitter', () => {
    const r = atts('Karim Osei told Reuters the vote was fair. The Accra Traders Union said in a statement it agreed. Osei said on Twitter he was pleased.');
    expect(r.map((a) => [a.source, a.cue, a.channel])).toEqual([
      ['Karim Osei', 'told', 'Reuters'],
      ['Accra Traders Union', 'said in a statement', 'statement'],
      ['Karim Osei', 'said on twitter', 'Twitter'],
    ]);
  });

  it('marks unnamed sources anonymous', () => {
    const r = atts('Two security officials told Reuters the convoy was hit. A source said more arrests followed. Witnesses said the blast was loud.');
    expect(r.map((a) => a.anonymous)).toEqual([true, true, true]);
    expect(r[0]?.source).toBe('Two security officials');
  });

  it('finds an unnamed source followed by "familiar with ..." and one ending in a participle', () => {
    const r = atts('Two Senate aides familiar with the talks said a deal was near. Costs rose, according to a report released on Friday.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'said'], [true, 'according to']]);
    expect(r[0]?.evidence.startsWith('Two Senate aides')).toBe(true);
  });

  it('handles "according to" with named and unnamed sources', () => {
    const r = atts('Ten people died, according to the Red Cross. Prices rose, according to local media.');
    expect(r.map((a) => [a.source, a.anonymous, a.evidence])).toEqual([
      ['International Committee of the Red Cross', false, 'according to the Red Cross'],
      ['local media', true, 'according to local media'],
    ]);
  });

  it('resolves pronouns and "the statement" to the earlier source', () => {
    const r = atts('The Kivu Liberation Front said in a statement that it withdrew. "We stand firm," the statement read. It added that talks would resume. Karim Osei spoke. He said little.');
    expect(r.map((a) => a.source)).toEqual(['Kivu Liberation Front', 'Kivu Liberation Front', 'Kivu Liberation Front', 'Karim Osei']);
    expect(r[1]?.cue).toBe('read');
  });

  it('resolves a role used as a source to its holder', () => {
    const r = atts('Secretary of State Marco Rubio flew to Panama. The Secretary of State told reporters the canal was secure.');
    expect(r[0]).toMatchObject({ source: 'Marco Rubio', cue: 'told' });
  });

  it('reads "X cited Y as saying" as one attribution to Y through X', () => {
    const [a, ...rest] = atts('Reuters cited two diplomats as saying the deal was close.');
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ anonymous: true, channel: 'Reuters', source: 'two diplomats' });
  });

  it('ignores negated cues and non-reporting verbs', () => {
    expect(atts('No group has claimed the attack. Police could not confirm the toll. The minister urged calm and condemned the violence.')).toEqual([]);
  });

  it('counts ", adding" as a second attribution starting at the same source', () => {
    const r = atts('The ministry spokesman Ali Tahir said the border was shut, adding that trade would suffer.');
    expect(r.map((a) => a.cue)).toEqual(['said', 'adding']);
    expect(r[1]?.start).toBe(r[0]?.start);
  });

  it('needs "that" after "reiterated" and "as" after "described"', () => {
    const r = atts('Karim Osei reiterated calls for calm. Karim Osei reiterated that calm was needed. Lagos described the plan as reckless.');
    expect(r.map((a) => a.cue)).toEqual(['reiterated', 'described']);
  });

  it('gives the reported content after "that"', () => {
    const text = 'Karim Osei said that the bridge would reopen in May.';
    const [a] = annotate(text).attributions;
    expect(a?.content && text.slice(a.content.start, a.content.end)).toBe('the bridge would reopen in May');
  });
});
