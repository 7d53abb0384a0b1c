import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

function sources(text: string): { text: string; source: string; anonymous: boolean }[] {
  const a = annotate(text);
  return a.attributions.map((x) => ({ text: text.slice(x.start, x.end), source: x.source, anonymous: x.anonymous }));
}

describe('attribution sources in wire copy', () => {
  it('reads "told reporters he hoped to ..." as reported speech, not an instruction', () => {
    const r = sources('Senator Ada Quinlan, the chair of the Senate Budget Committee, told reporters she still hoped to pass the bill this week.');
    expect(r.map((x) => x.source)).toEqual(['Ada Quinlan']);
  });

  it('finds the named source after a descriptor in "according to"', () => {
    const r = sources('Losses reached $3 million, according to security firm Pellix Labs. Turnout was 60%, according to state broadcaster Vantra TV.');
    expect(r.map((x) => x.source)).toEqual(['Pellix Labs', 'Vantra TV']);
  });

  it('keeps "according to two EU diplomats" anonymous: the name only modifies the head', () => {
    const r = sources('The cap will be lifted, according to two EU diplomats. Prices fell, according to industry group Grainlink data.');
    expect(r[0]).toMatchObject({ text: 'according to two EU diplomats', anonymous: true });
  });

  it('reads results and summaries as anonymous document sources', () => {
    const r = sources('The party won 40 seats, according to official results. The plan costs $2 billion, according to a summary released by the committee.');
    expect(r.map((x) => [x.source, x.anonymous])).toEqual([['official results', true], ['summary', true]]);
  });

  it('keeps "people with knowledge of the matter" and "one of them" anonymous', () => {
    const r = sources('Three people with knowledge of the matter said the bid was raised. One of them said talks would resume.');
    expect(r.map((x) => x.anonymous)).toEqual([true, true]);
    expect(r[0]?.text).toBe('Three people with knowledge of the matter said');
    expect(r[1]?.text).toBe('One of them said');
  });

  it('reads "a spokesperson for the presidency" as one anonymous source', () => {
    const r = sources('A spokesperson for the presidency said the government respected the ruling.');
    expect(r).toEqual([{ text: 'A spokesperson for the presidency said', source: 'spokesperson', anonymous: true }]);
  });

  it('never makes a regulator the antecedent of "the company"', () => {
    const r = sources('Velbrook said it expected approval from regulators including the Trade Practices Authority. The company said it would sell assets if needed.');
    expect(r.map((x) => x.source)).toEqual(['Velbrook', 'Velbrook']);
  });

  it('prefers the unnamed head over a place in "Patients at X hospital in Y told"', () => {
    const r = sources('Patients at the Orrin Valley hospital in Dunmore told a local radio station that staff used paper records.');
    expect(r[0]?.anonymous).toBe(true);
  });

  it('attributes "X, who heads the Y, a watchdog, said" to X, and types X a person by "who"', () => {
    const a = annotate('Odile Fenwa Mbeki, who heads the Centre for Port Governance, a watchdog based in Matadi, said the deal was opaque.');
    expect(a.attributions.map((x) => x.source)).toEqual(['Odile Fenwa Mbeki']);
    expect(a.entities.find((e) => e.name === 'Odile Fenwa Mbeki')?.kind).toBe('person');
  });
});

describe('sources named with an acronym, a particle or a generic noun', () => {
  it('keeps a name with the particle "ng" whole and skips its bracketed acronym before an appositive', () => {
    const a = annotate("The Bangko Sentral ng Pilipinas (BSP), the country's central bank, said in a statement that it acted.");
    expect(a.attributions.map((x) => x.source)).toEqual(['Bangko Sentral ng Pilipinas']);
  });

  it('resolves "the organization said" to the organization just named', () => {
    const r = sources('Veltrax, the Geneva-based messaging network used by banks, said it was in contact. "Our systems were not hit," the organization said.');
    expect(r.map((x) => x.source)).toEqual(['Veltrax', 'Veltrax']);
  });
});
