/**
 * Incident rules for how wire copy states responsibility, dates, places and tolls, each tested with
 * sentences made up for the project (none taken from a fixture, seed or page).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { findDates } from '../../../lib/annotate/incidents/dates';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { entitiesFor, type Names } from './helpers';

const META = { publishedTime: '2025-03-11T10:00:00Z' }; // a Tuesday

function incidents(text: string, meta = META): NonNullable<ReturnType<typeof annotate>['incidents']> {
  return annotate(text, meta).incidents ?? [];
}

const roles = (text: string, names: Names = {}, referenceOnly = false) => {
  const r = extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names), referenceOnly);
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

describe('responsibility as wire copy phrases it', () => {
  it('reads a denial with an adverb before the verb', () => {
    expect(roles('Valmora has repeatedly denied any role in the bombings.', { places: ['Valmora'] }).deniedBy).toEqual(['Valmora']);
    expect(roles('Hill fighters have since claimed responsibility.', {}, true).claimedBy).toEqual(['Hill fighters']);
  });

  it('reads "rejected the accusations" as a denial', () => {
    expect(roles('The Dorian Front rejected the accusations.', { organizations: ['Dorian Front'] }, true).deniedBy).toEqual(['Dorian Front']);
    expect(roles('The Dorian Front dismissed the allegations as lies.', { organizations: ['Dorian Front'] }, true).deniedBy).toEqual(['Dorian Front']);
  });

  it('gives a mission\'s denial to its state', () => {
    expect(roles("Iran's Embassy in Oslo rejected the accusations.", { organizations: ["Iran's Embassy in Oslo"] }, true).deniedBy).toEqual(['Iran']);
    expect(roles('The Iranian embassy rejected the accusations.', { organizations: ['Iranian embassy'] }, true).deniedBy).toEqual(['Iran']);
  });

  it('reads "blamed X for the collision" in a sentence naming no event of its own', () => {
    expect(roles('The navy said the trawler had ignored warnings, and it blamed Valmora for the collision.', { places: ['Valmora'] }, true).blamedOn).toEqual(['Valmora']);
    // Blame for something that is no event stays out.
    expect(roles('It blamed Valmora for the delays in the talks.', { places: ['Valmora'] }, true).blamedOn).toEqual([]);
  });

  it('dates an attack by a relative clause telling the harm it did, even after the place it hit', () => {
    const all = incidents('The army on Tuesday blamed rebels for a mortar attack on a depot near Velaro in the south that wounded three guards on Sunday night.');
    expect(all).toHaveLength(1);
    expect(all[0]?.date).toBe('2025-03-09');
  });

  it('keeps a claim made before a relative clause about past attacks', () => {
    const all = incidents('A drone strike on a car near Tarsha killed two men on Monday. The Norland army said it had targeted Omar Sefa, whom it called a commander responsible for rocket attacks on border towns.');
    expect(all).toHaveLength(1);
    expect(all[0]?.claimedBy).toEqual(expect.arrayContaining([expect.stringMatching(/Norland army|Norland/)]));
  });

  it('reads a link to a group even when an unrelated clause says "since"', () => {
    const all = incidents('Intruders hacked the ministry network on Monday. An engineer testified that the hackers, whom investigators have linked to a group known as Grey Heron, got in through a server that had not been updated since 2019.', META);
    expect(all).toHaveLength(1);
    expect(all[0]?.blamedOn).toEqual(expect.arrayContaining(['Grey Heron']));
  });
});

describe('days as wire copy states them', () => {
  it('reads "this morning" as the publication day and "the night of March 3" as that day', () => {
    const day = (s: string) => findDates(s, 0, s.length, META.publishedTime).map((d) => d.date);
    expect(day('A bomb went off this morning near the port.')).toEqual(['2025-03-11']);
    expect(day('A bomb went off on the night of March 3 near the port.')).toEqual(['2025-03-03']);
  });

  it('dates a clause "hours after" or "a day after" from the event before it', () => {
    const hours = incidents('Gunmen shot dead a judge in Pellara on Sunday, hours after a bomb exploded outside the courthouse in Vossen.');
    expect(hours.find((i) => i.type === 'explosion')?.date).toBe('2025-03-09');
    const dayAfter = incidents('Gunmen shot dead a judge in Pellara on Sunday, a day after a bomb exploded outside the courthouse in Vossen.');
    expect(dayAfter.find((i) => i.type === 'explosion')?.date).toBe('2025-03-08');
    // "days after" fixes no day.
    const days = incidents('Gunmen shot dead a judge in Pellara on Sunday, days after a bomb exploded outside the courthouse in Vossen.');
    expect(days.find((i) => i.type === 'explosion')?.date).toBeUndefined();
  });

  it('dates an event "after the verdict" to the publication day when the verdict came that day', () => {
    const text = 'PELLARA (Reuters) - A court on Tuesday jailed the opposition leader Dan Vors for ten years on fraud charges. Hundreds of his supporters gathered after the verdict, and some stormed the courthouse.';
    expect(incidents(text).find((i) => i.type === 'storming')?.date).toBe('2025-03-11');
    // A verdict of Monday in a Tuesday paper leaves the day of what followed open.
    const earlier = text.replace('on Tuesday', 'on Monday');
    expect(incidents(earlier).find((i) => i.type === 'storming')?.date).toBeUndefined();
  });
});

describe('denials that answer some other charge', () => {
  it('takes "rejected the accusations" as a denial only right after the incident\'s report', () => {
    const after = incidents('A bomb exploded at a market in Vossen on Monday, killing four people. The Dorian Front rejected the accusations.');
    expect(after[0]?.deniedBy).toEqual(['Dorian Front']);
    const other = incidents('A bomb exploded at a market in Vossen on Monday, killing four people. Rights groups accuse the Dorian Front of recruiting children. The Dorian Front rejected the accusations.');
    expect(other[0]?.deniedBy).toEqual([]);
  });
});

describe('the place of an incident whose sentences name none', () => {
  it('falls back on the dateline', () => {
    const [first] = incidents('TBILISI (Reuters) - Protesters stormed the offices of the election commission on Tuesday after it annulled a vote count. Police said two officers were hurt.');
    expect(first).toMatchObject({ type: 'storming', location: 'Tbilisi' });
  });

  it('keeps a place the text names over the dateline', () => {
    const [first] = incidents('TBILISI (Reuters) - Protesters stormed the town hall in Batumi on Tuesday. Police said two officers were hurt.');
    expect(first?.location).toBe('Batumi');
  });
});

describe('tolls next to a superlative', () => {
  it('keeps the toll of "one of the deadliest attacks since ..."', () => {
    const [first] = incidents('A roadside bomb hit an army convoy near Vossen on Sunday, killing at least 19 soldiers, in one of the deadliest attacks since the coup.');
    expect(first?.killed).toBe(19);
    const [year] = incidents('Gunmen killed at least 19 farmers near Vossen on Sunday, the worst attack on civilians in the province this year.');
    expect(year?.killed).toBe(19);
  });

  it('still takes no toll from a running total', () => {
    const [first] = incidents('A drone struck a car near Vossen on Sunday. More than 300 people have been killed in the province since the truce.');
    expect(first?.killed).toBeUndefined();
  });
});

describe('figures given a sentence later', () => {
  it('attaches a toll given after one sentence that reports nothing', () => {
    const [first] = incidents('A roadside bomb hit an army patrol near Vossen on Sunday. The army gave no further details. An officer said four soldiers had been killed and six wounded.');
    expect(first).toMatchObject({ killed: 4, injured: 6 });
  });

  it('does not reach past two such sentences', () => {
    const [first] = incidents('A roadside bomb hit an army patrol near Vossen on Sunday. The army gave no further details. The province has a long history of unrest. An officer said four soldiers had been killed and six wounded.');
    expect(first?.killed).toBeUndefined();
  });
});

describe('one more act "also" done', () => {
  it('keeps an act of another kind apart, even at the same place', () => {
    const all = incidents('Artillery shelled the outskirts of Dovra on Monday, the army said. Residents said soldiers had also blown up two houses in Dovra overnight.');
    expect(all.map((i) => i.type)).toEqual(['shelling', 'explosion']);
  });

  it('still joins an act of the same kind', () => {
    const all = incidents('Artillery shelled the outskirts of Dovra on Monday, the army said. Residents said the army had also shelled the market in Dovra.');
    expect(all).toHaveLength(1);
  });
});

describe('people carried off', () => {
  it('reads "the workers were taken" as a kidnapping and dates it', () => {
    const all = incidents('Gunmen abducted five engineers in the Kessel region, officials said on Tuesday. The engineers were taken on Sunday night from a site near the town of Dorf.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'kidnapping', date: '2025-03-09', location: 'Dorf' });
  });

  it('does not read "taken to hospital" as one', () => {
    const all = incidents('A bomb exploded at a bus stop in Dorf on Sunday. Four passengers were taken to hospital.');
    expect(all.map((i) => i.type)).toEqual(['explosion']);
  });
});

describe('a town after a region', () => {
  it('keeps a town the text puts in no other region in the incident placed in the region', () => {
    const all = incidents('Gunmen abducted five engineers in the Kessel region, officials said on Tuesday. The kidnapping took place on Sunday at a site near the town of Dorf, police said.');
    expect(all).toHaveLength(1);
    expect(all[0]?.location).toBe('Dorf');
  });

  it('keeps apart a town the text puts in another region', () => {
    const all = incidents('Drones struck a refinery in the Kessel region on Sunday. Drones also struck a depot near Dorf in the neighbouring Marn region on Sunday.');
    expect(all).toHaveLength(2);
  });
});

describe('an operation told in the plural', () => {
  it('reads "killed N in drone strikes near the town of X" as one incident, claimed by the speaker', () => {
    const all = incidents('The Norland army said on Monday that it had killed "several fighters" in drone strikes near the town of Dorf.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'drone', location: 'Dorf' });
    expect(all[0]?.claimedBy.join(' ')).toMatch(/army/i);
  });

  it('leaves strikes on several towns, or with no outcome, a pattern', () => {
    expect(incidents('The army said it had killed fighters in drone strikes near Dorf and Vossen.')).toHaveLength(0);
    expect(incidents('Drone strikes near the town of Dorf have become common.')).toHaveLength(0);
  });
});
