/**
 * A cyber attack happens where its target is: a people's adjective on the body or site hit names the
 * country when the sentence names no place. Other attacks keep the dateline. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const PUB = { publishedTime: '2025-03-12T10:00:00Z' };

describe('the country of a cyber attack\'s target', () => {
  it('places a hack of "the Kyrgyz border service\'s website" in Kyrgyzstan, not the story\'s most-named country', () => {
    const text = 'DUSHANBE, March 12 (Wire) - Tajikistan said on Tuesday its troops were on alert. Tajikistan and Tajikistan\'s army blamed the other side. Separately, a group calling itself the Vakhsh Cyber Front claimed on Telegram to have knocked the Kyrgyz border service\'s website offline.';
    const cyber = annotate(text, PUB).incidents.find((i) => i.type === 'cyber');
    expect(cyber?.location).toBe('Kyrgyzstan');
  });

  it('leaves an attack on the ground to its dateline, and an adjective on who did it alone', () => {
    const text = 'CHISINAU, March 12 (Wire) - Supporters stormed the election commission\'s headquarters on Tuesday after payments through a Russian bank came to light.';
    const storming = annotate(text, PUB).incidents.find((i) => i.type === 'storming');
    expect(storming?.location).toBe('Chisinau');
  });
});
