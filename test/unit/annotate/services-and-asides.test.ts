/**
 * Names that run on past a known part: a body's head word taking its territory with "for" ("Teachers'
 * Union for Wales"), a known news outlet's regional or language service ("BBC News NI"), a party named
 * before an aside that opens with a word of time (", once the armed wing of …,"), a place closing a
 * body's name given once as the whole place ("Bank of South Sudan", never also "Sudan"), and "First Minister"
 * as a title, not a part of the name.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

const LEAD = 'Blast damages council office\n\nCARDIFF, Dec 1 (Reuters) - A small bomb damaged a council office, police said on Tuesday.\n\n';

describe('names that run on past a known part', () => {
  it('keeps "for" and a known place inside a body named by its head word', () => {
    const a = annotate(`${LEAD}Dai Probert, chairman of the Farmers Federation for Wales, said the roads were closed.\n`);
    expect(entity(a, 'Farmers Federation for Wales')?.kind).toBe('organization');
    expect(names(a, 'organization')).not.toContain('Farmers Federation');
  });

  it('does not join a known body and a place after "for" when the body is not named by a head word', () => {
    const a = annotate(`${LEAD}The Red Cross appealed for Wales to send blankets.\n`);
    expect(names(a, 'organization')).not.toContain('Red Cross for Wales');
  });

  it("takes a known outlet's regional or language service as one outlet", () => {
    const a = annotate(`${LEAD}The leak, first reported by BBC News NI, was confirmed on Monday. The footage aired on BBC Persian.\n`);
    expect(entity(a, 'BBC News NI')?.kind).toBe('organization');
    expect(entity(a, 'BBC Persian')?.kind).toBe('organization');
    expect(names(a, 'organization')).not.toContain('NI');
  });

  it('keeps the outlet alone before a capitalised word that opens another name', () => {
    const a = annotate(`${LEAD}The BBC said on Monday the footage was real.\n`);
    expect(names(a, 'organization')).toContain('BBC');
  });

  it('reads a party before an aside opened by "once" or "now" as a body, and the person before it speaks', () => {
    const a = annotate(`${LEAD}Councillor Rhys Maddock of Plaid Gwerin, once the armed wing of the Free Cymru Army, said the attack was a crime.\n`);
    expect(entity(a, 'Plaid Gwerin')?.kind).toBe('organization');
    const sources = a.attributions.map((x) => x.source);
    expect(sources).toContain('Rhys Maddock');
    expect(sources).not.toContain('Plaid Gwerin');
    expect(sources).not.toContain('Free Cymru Army');
    const b = annotate(`${LEAD}Tomos Brell of Nova Cymru, now the main opposition party, said the vote was rigged.\n`);
    expect(entity(b, 'Nova Cymru')?.kind).toBe('organization');
  });

  it("gives a body's closing place once, as the whole place, not also as the country its last word names", () => {
    const a = annotate(`${LEAD}The Reserve Bank of Papua New Guinea said the kina would hold.\n`);
    expect(entity(a, 'Reserve Bank of Papua New Guinea')?.kind).toBe('organization');
    expect(names(a, 'place')).toContain('Papua New Guinea');
    expect(names(a, 'place')).not.toContain('Guinea');
  });

  it('strips "First Minister" and "Deputy First Minister" from the name', () => {
    const a = annotate(`${LEAD}Deputy First Minister Catrin Lloyd-Pryce said the office would reopen.\n`);
    expect(entity(a, 'Catrin Lloyd-Pryce')?.kind).toBe('person');
    expect(names(a, 'person').some((n) => n.includes('Minister'))).toBe(false);
  });
});
