/**
 * Heads of administrative divisions (prefects, sub-prefects, walis) introduce unfamiliar people and
 * places the way mayors and governors do: "the prefect of X" makes X a place, and the name set off by
 * commas after it, or after the title written before it, is the prefect.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity } from './helpers';

const DATELINE = 'Gunmen kill five in border raid\n\nKARA, Dec 1 (Reuters) - Gunmen killed five people near the border, officials said on Tuesday.\n\n';

describe('a prefect or wali and the division named after the title', () => {
  it('types the division a place and the name in commas after it a person, who is the source', () => {
    const a = annotate(`${DATELINE}The prefect of Oubrou, Sama Koyode, told a local radio station that the survivors had fled.\n`);
    expect(entity(a, 'Oubrou')?.kind).toBe('place');
    expect(entity(a, 'Sama Koyode')?.kind).toBe('person');
    expect(a.attributions.map((x) => x.source)).toContain('Sama Koyode');
  });

  it('types the division after the title when the person comes first', () => {
    const a = annotate(`${DATELINE}Essowe Tchalim, the sub-prefect of Nadaba, said roads were closed.\n`);
    expect(entity(a, 'Nadaba')?.kind).toBe('place');
    expect(entity(a, 'Essowe Tchalim')?.kind).toBe('person');
  });

  it('reads the title before an unfamiliar name', () => {
    const a = annotate(`${DATELINE}Prefect Yendoubé Lalle said the market would reopen. Wali Brahim Ouchen said the road was safe.\n`);
    expect(entity(a, 'Yendoubé Lalle')?.kind).toBe('person');
    expect(entity(a, 'Brahim Ouchen')?.kind).toBe('person');
  });
});
