/**
 * Who speaks when the source is a document or stands before an aside: a body "in a statement posted on
 * Telegram, said its fighters …" is the speaker (not "its fighters"); "according to a draft seen by X"
 * cites the draft, which X only saw; "a company presentation" is the company's word; a person whose
 * description names a body ("chairman of the X, which represents …," or "of the nationalist X") speaks.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const LEAD = 'Bomb hits convoy\n\nKARA, Dec 1 (Reuters) - A bomb hit an army convoy, officials said on Tuesday.\n\n';

function sources(text: string): Array<{ source: string; anonymous: boolean }> {
  return annotate(`${LEAD}${text}\n`).attributions.filter((a) => a.source !== 'officials').map((a) => ({ source: a.source, anonymous: a.anonymous }));
}

describe('sources before an aside and sources that are documents', () => {
  it('gives the speech to the body before an aside about the message it posted', () => {
    expect(sources('The Northern Front, in a statement posted on its Telegram channel late on Monday, said its fighters had planted the device.')).toEqual([{ source: 'Northern Front', anonymous: false }]);
    expect(sources('Amos Keller, in a video posted on social media, said his men had repelled the attack.')).toEqual([{ source: 'Amos Keller', anonymous: false }]);
  });

  it("gives the speech to a person whose description names a body with its own 'which' clause", () => {
    expect(sources('Amos Keller, chairman of the Farmers Federation, which represents small growers, pointed the finger at the Northern Front.')).toEqual([{ source: 'Amos Keller', anonymous: false }]);
    expect(sources('The Farmers Federation, which represents small growers, said the roads were closed.')).toEqual([{ source: 'Farmers Federation', anonymous: false }]);
  });

  it("gives the speech to the person of 'X of the <qualifier> Body said'", () => {
    expect(sources('Opposition leader Amos Keller of the nationalist Party of Renewal said the tax was theft.')).toEqual([{ source: 'Amos Keller', anonymous: false }]);
  });

  it('cites the body after "the X-based group", not the place it is based in', () => {
    expect(sources('According to the Vilnius-based group Rights Watchers Baltic, the men were beaten.')).toEqual([{ source: 'Rights Watchers Baltic', anonymous: false }]);
  });

  it('still reads an inverted speaker after a quote', () => {
    expect(sources('"We will rebuild," said Amos Keller, the district chief.')).toEqual([{ source: 'Amos Keller', anonymous: false }]);
  });

  it('cites a draft or a bill seen by an outlet as an unnamed document, not the outlet', () => {
    expect(sources('Fuel duty will rise 3 percent, according to a draft seen by Reuters.')).toEqual([{ source: 'draft', anonymous: true }]);
    expect(sources('Fuel duty will rise 3 percent, according to a draft bill seen by Reuters.')).toEqual([{ source: 'draft bill', anonymous: true }]);
  });

  it("reads a company presentation as the word of the company named before it", () => {
    expect(sources('Halden Mining Corp plans a new smelter. Output will rise 2 percent, according to a company presentation seen by Reuters.')).toEqual([{ source: 'Halden Mining Corp', anonymous: false }]);
  });
});
