/**
 * Who speaks when a place or a document stands between the body and the cue: "the European Union's
 * delegation in X said" is the Union, "hospital staff in nearby X said" are unnamed staff (not X), "the
 * self-styled security ministry" is the security ministry, and "according to a statement from the
 * regional police commission" cites the commission, not the statement.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const LEAD = 'Drones crash near depot\n\nKOLBA, March 3 (Reuters) - Two drones crashed near a depot, officials said on Tuesday.\n\n';

function sources(text: string): Array<{ source: string; anonymous: boolean }> {
  return annotate(`${LEAD}${text}\n`).attributions.filter((a) => a.source !== 'officials').map((a) => ({ source: a.source, anonymous: a.anonymous }));
}

describe('bodies behind places and documents', () => {
  it("gives a body's delegation somewhere to the body", () => {
    expect(sources('The European Union’s delegation in Kolba said it was concerned.')).toEqual([{ source: 'European Union', anonymous: false }]);
  });

  it('keeps unnamed staff "in nearby X" unnamed, not the place', () => {
    expect(sources('Hospital staff in nearby Dorvan said 12 people were hurt.')).toEqual([{ source: 'Hospital staff', anonymous: true }]);
  });

  it('drops a qualifier of doubt from a described body', () => {
    expect(sources('Nobody was hurt, the self-styled security ministry in Dorvan said.')).toEqual([{ source: 'security ministry', anonymous: false }]);
  });

  it('cites the described body a statement came from', () => {
    expect(sources('According to a statement from the regional police commission, six people died.')).toEqual([{ source: 'regional police commission', anonymous: false }]);
  });

  it("gives a body's ministry the speech, and the bare 'the ministry' after it", () => {
    expect(sources('The interior ministry of the Kolba-based Government of National Accord blamed a rival militia. The ministry said the airport would reopen.')).toEqual([
      { source: 'interior ministry', anonymous: false },
      { source: 'interior ministry', anonymous: false },
    ]);
  });

  it('keeps unnamed residents "of X town" the source, not the town', () => {
    expect(sources('Residents of Dorvan town said the gunmen fled north.')).toEqual([{ source: 'Residents', anonymous: true }]);
  });

  it('gives "the gang" and "the cartel" to the body written with that word before', () => {
    expect(sources('Police blamed the Barra 27 gang for the killing. The gang denied any role. The Costa Cartel said it was not involved. The cartel said so again.')).toEqual([
      { source: 'Police', anonymous: true },
      { source: 'Barra 27', anonymous: false },
      { source: 'Costa Cartel', anonymous: false },
      { source: 'Costa Cartel', anonymous: false },
    ]);
  });
});

describe('headlines, data and plural openers', () => {
  it('reads "…, army says" and "… as army says …" in a headline', () => {
    const a = annotate('Gunmen kill 12 in border village, army says\n\nKOLBA, March 3 (Reuters) - Gunmen raided a village.\n');
    expect(a.attributions.map((x) => x.source)).toEqual(['army']);
    const b = annotate('Jihadists kill seven in village raid as army says jets hit fighters\n\nKOLBA, March 3 (Reuters) - Gunmen raided a village.\n');
    expect(b.attributions.map((x) => x.source)).toEqual(['army']);
  });

  it('cites the body whose data a story quotes, and leaves "official data" unnamed', () => {
    expect(sources('According to central bank data, inflation fell. According to official data, it rose.')).toEqual([
      { source: 'central bank', anonymous: false },
      { source: 'official data', anonymous: true },
    ]);
  });

  it('keeps a plural noun of people opening a sentence unnamed, not an organization', () => {
    const a = annotate(`${LEAD}Worshippers said the blast came at noon.\n`);
    expect(a.entities.map((e) => e.name)).not.toContain('Worshippers');
    expect(a.attributions.filter((x) => x.source !== 'officials').map((x) => x.anonymous)).toEqual([true]);
  });
});

describe('passive claims', () => {
  it('reads "an assault also claimed by X" without its auxiliary, and leaves the month before it alone', () => {
    const a = annotate(`${LEAD}It followed an assault in May also claimed by the Kora Front.\n`);
    expect(a.attributions.filter((x) => x.source !== 'officials').map((x) => x.source)).toEqual(['Kora Front']);
    expect(a.entities.map((e) => e.name)).not.toContain('May');
  });

  it('gives a claim "by a group calling itself the X" to X', () => {
    expect(sources('Responsibility was claimed by a group calling itself the Hill Country Defence Force.')).toEqual([{ source: 'Hill Country Defence Force', anonymous: false }]);
  });
});
