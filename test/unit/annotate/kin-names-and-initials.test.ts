/**
 * Shapes that cut names wrongly: a town's name that is also a given name before "Abu"/"Bin"/"Ibn"
 * ("Salem Abu Hamid" is one man, not Salem the town), and a capital letter closing a sentence before
 * "The" ("posted on X. The agency said"), which is no initial joining two names; a town's name before a
 * surname the text uses alone or a person's description ("Milan Kovacevic … Kovacevic said").
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { tokenize } from '../../../lib/annotate/tokenize';
import { entity, names } from './helpers';

describe('a place name before a word of kinship', () => {
  it('is the given name of one person', () => {
    const a = annotate('Salem Abu Hamid, a tribal elder, said the fighters had left.');
    expect(entity(a, 'Salem Abu Hamid')?.kind).toBe('person');
    expect(names(a, 'place')).not.toContain('Salem');
    const b = annotate('Medina Ibn Rashid told reporters the road was closed.');
    expect(entity(b, 'Medina Ibn Rashid')?.kind).toBe('person');
    expect(names(b, 'place')).not.toContain('Medina');
  });

  it('leaves a country before such a word a country', () => {
    const a = annotate('Officials in Jordan Abu said nothing.');
    expect(names(a, 'place')).toContain('Jordan');
  });
});

describe('a capital letter and a full stop before "The"', () => {
  it('ends the sentence instead of joining the names around it', () => {
    const a = annotate('The group posted its claim on X. The National Roads Agency said its site was down.');
    expect(entity(a, 'National Roads Agency')?.kind).toBe('organization');
    expect(a.entities.some((e) => e.name.startsWith('X.'))).toBe(false);
  });

  it('is still an initial inside a name', () => {
    expect(tokenize('John F. Kennedy spoke.').map((t) => t.text)).toEqual(['John', 'F.', 'Kennedy', 'spoke', '.']);
    expect(tokenize('on X. The agency').map((t) => t.text)).toEqual(['on', 'X', '.', 'The', 'agency']);
  });
});

describe('a town\'s name before an unfamiliar capitalised word', () => {
  it('is a given name when the text uses that word alone too', () => {
    const a = annotate('Police said Milan Kovacevic was arrested on Monday. Kovacevic denied the charges.');
    expect(entity(a, 'Milan Kovacevic')?.kind).toBe('person');
    expect(names(a, 'place')).not.toContain('Milan');
  });

  it("is a given name when a person's description follows", () => {
    const a = annotate('The raid was led by Milan Dragicevic, a former deputy minister.');
    expect(entity(a, 'Milan Dragicevic')?.kind).toBe('person');
    const b = annotate('That attack was blamed on a group led by Milan Vestich, then a senior figure in the main party.');
    expect(entity(b, 'Milan Vestich')?.kind).toBe('person');
    expect(names(b, 'place')).not.toContain('Milan');
  });

  it('stays a town before a head word or a familiar word', () => {
    const a = annotate('Officials in Milan Province said the fighters reached Milan Saturday.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Milan Province', 'Milan']));
  });
});
