import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity, names } from './helpers';

/** The attribution whose evidence span holds this text, or undefined. */
function attributionOver(text: string, a: ReturnType<typeof annotate>, part: string): ReturnType<typeof annotate>['attributions'][number] | undefined {
  const at = text.indexOf(part);
  return a.attributions.find((t) => t.start <= at && at < t.end);
}

describe('news outlets the lists do not know', () => {
  it('reads "Radio X", "The Daily X" and "X TV" as outlets by the shape of their names', () => {
    const text = '"The bridge is gone," Orvak told Radio Kelbari by phone. "We saw smoke," a farmer told The Daily Mirelle. Soldiers were filmed by Tesvan TV on Monday.';
    const a = annotate(text);
    expect(entity(a, 'Radio Kelbari')?.kind).toBe('organization');
    expect(entity(a, 'Radio Kelbari')?.subtype).toBe('news outlet');
    expect(entity(a, 'The Daily Mirelle')?.kind).toBe('organization');
    expect(entity(a, 'Tesvan TV')?.kind).toBe('organization');
    expect(attributionOver(text, a, 'Orvak told')?.channel).toBe('Radio Kelbari');
  });

  it('reads the unknown name "told" takes after a quote as the medium, not after a plain "told"', () => {
    const text = '"They wanted us gone," Imara Soltveg, whose husband was killed, told Ecuvara. The governor told Bremmick to leave.';
    const a = annotate(text);
    expect(entity(a, 'Ecuvara')?.kind).toBe('organization');
    expect(attributionOver(text, a, 'Imara Soltveg')?.channel).toBe('Ecuvara');
    expect(entitiesWithMention(a, 'Bremmick').filter((e) => e.subtype === 'news outlet')).toEqual([]);
  });

  it('leaves "Radio" and "Daily" alone before a lower-case word', () => {
    const a = annotate('Radio stations were shut. Daily life resumed in Orvik.');
    expect(names(a, 'organization')).toEqual([]);
  });
});

describe('whole personal names and their descriptions', () => {
  it('keeps a surname that is also a place name inside the person\'s name', () => {
    const a = annotate('Marisol Quintana Mendoza, a lawyer with the Standing Committee for the Defence of Tenants, said the families were not told.');
    expect(entity(a, 'Marisol Quintana Mendoza')?.kind).toBe('person');
    expect(names(a, 'place')).not.toContain('Mendoza');
    expect(names(a, 'organization')).toContain('Standing Committee for the Defence of Tenants');
  });

  it('reads a village named by two words, the second a known place, as one place', () => {
    const a = annotate('Two residents of Talvong Para, who asked not to be named, told reporters that soldiers had come.');
    expect(names(a, 'place')).toContain('Talvong Para');
    expect(names(a, 'place')).not.toContain('Para');
  });

  it('makes a name with "whose" and a kin noun a person', () => {
    const a = annotate('Garang Ateny Dau, whose nephew was taken, said the family had heard nothing.');
    expect(entity(a, 'Garang Ateny Dau')?.kind).toBe('person');
  });

  it('does not read a given name opening a hyphenated place as a first name', () => {
    const a = annotate('"It fell," Nurila Osmonova, a teacher in Kara-Tepsil, told reporters.');
    expect(entity(a, 'Kara-Tepsil')?.kind).toBe('place');
  });
});

describe('speakers described with a place', () => {
  it('gives the attribution to the person, not the place in her description', () => {
    const text = '"It fell," Nurila Osmonova, a teacher in Kara-Tepsil, told reporters.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'told')?.source).toBe('Nurila Osmonova');
  });

  it('gives it to unnamed residents or herders, anonymous, not to their village or province', () => {
    const text = 'Two residents of Talvong Para, who asked not to be named, told reporters that soldiers had come. Herders in the Lower Orvik province, where the coal is mined, say the dust is everywhere.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'told reporters')?.anonymous).toBe(true);
    expect(attributionOver(text, a, 'say the dust')?.anonymous).toBe(true);
  });
});

describe('attribution phrasings', () => {
  it('gives "X\'s office said" to the office holder', () => {
    const text = 'President Tomas Veldrin\'s office said on Monday that he had ordered an inquiry.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'office said')?.source).toBe('Tomas Veldrin');
  });

  it('gives a described body\'s "that" clause to the body', () => {
    const text = 'The colonel blamed the Orvanic Liberation Front (OLF), an armed group that says it defends the hills. The Vesk Brothers, a rival gang that has claimed bombings in the past, made no statement.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'that says')?.source).toBe('Orvanic Liberation Front');
    expect(attributionOver(text, a, 'that has claimed')?.source).toBe('Vesk Brothers');
  });

  it('gives "X that visited Y said" to the body before "that"', () => {
    const text = 'A mission from the International Monetary Fund that visited the capital in October said growth would slow.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'said growth')?.source).toBe('International Monetary Fund');
  });
});

describe('more attribution phrasings', () => {
  it('prefers a named person right after ", said" to a place in a "where" clause before it', () => {
    const text = 'Police found explosives in the town of Ortavo, where officers also seized a truck, said General Ines Varrak, the police commander.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'said General')?.source).toBe('Ines Varrak');
  });

  it('reads a lone sentence-initial "Authorities" before a cue as unnamed people, not a name', () => {
    const text = 'A video circulated. Authorities said they were examining it.';
    const a = annotate(text);
    expect(names(a, 'organization')).not.toContain('Authorities');
    expect(attributionOver(text, a, 'Authorities said')?.anonymous).toBe(true);
  });

  it('does not give "the group said" to a platform named after "its"', () => {
    const text = 'The Orvanic Liberation Front denied it. In a post on its Facebook page, the group said its fighters were far away.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'the group said')?.source).toBe('Orvanic Liberation Front');
  });

  it('keeps "the government blamed" with the government, not the last body named', () => {
    const text = 'The Orvanic Liberation Front denied it. Banks were robbed in April, in raids the government blamed on the group.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'the government blamed')?.source).toBe('government');
  });

  it('gives "X (ACR) directorate said" to the named body', () => {
    const text = 'The patrol came under fire, the Inter Branch Public Affairs (IBPA) directorate said in a statement.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'directorate said')?.source).toBe('Inter Branch Public Affairs');
  });

  it('gives "condemned ... and said" to a body before a long appositive', () => {
    const text = 'The Tarvel Hill People\'s Council (THPC), the main political party of the hill peoples, condemned the killings and said in a statement that the accord had failed.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'and said')?.source).toBe('Tarvel Hill People\'s Council');
  });

  it('gives "according to a report ... in X" to the outlet or body publishing it', () => {
    const text = 'Most leaders are in hiding, according to a report last month in Dainik Orvak, a leading daily. Violence grew, according to a report published this year by the Orvik Crisis Institute.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'report last month')?.source).toBe('Dainik Orvak');
    expect(attributionOver(text, a, 'published this year')?.source).toBe('Orvik Crisis Institute');
  });

  it('gives "the service said" to the service described earlier', () => {
    const text = 'Shells landed in two villages, Armenia\'s border service said. Later the service said in a statement that the firing stopped.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'the service said')?.source).toBe(attributionOver(text, a, 'border service said')?.source);
    expect(attributionOver(text, a, 'the service said')?.anonymous).toBe(false);
  });

  it('reads "its data showed" and "data from X show" as the body\'s figures, and "the video shows" as nothing', () => {
    const text = 'Exports halved, according to the Orvik Customs Administration. Shipments fell 8 percent, its data showed. Prices rose, data from the Orvik Cocoa Organization show. The video shows a man running.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'its data showed')?.source).toBe('Orvik Customs Administration');
    expect(attributionOver(text, a, 'data from')?.source).toBe('Orvik Cocoa Organization');
    expect(attributionOver(text, a, 'video shows')).toBeUndefined();
  });
});

describe('places named by their context', () => {
  it('types every name of a list the context opened as places ("the provinces of X, Y and Z")', () => {
    const a = annotate('Most died in the coastal provinces of Varnas, Olteña and El Brisco, where gangs fight.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Varnas', 'Olteña', 'El Brisco']));
  });

  it('reads a name after "the provincial capital", "in neighbouring" or "the main square of" as a place', () => {
    const a = annotate('She keeps goats near the provincial capital Tsagaandel. Militants fired on a patrol in neighbouring Sharif Omburak. A strike on the main square of Gondo Meles killed 26 people.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Tsagaandel', 'Sharif Omburak', 'Gondo Meles']));
  });

  it('reads "Inner", "Middle" before a known place as part of a region, and folds "island" and "deposit" tails', () => {
    const a = annotate('Coal from the Orvak Tolgoi deposit goes to China\'s Inner Mongolia region. Jets struck in the Middle Juba region. Radar sites on Tarvash island were hit. Ships sailed near the Philippine island of Jolo.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Orvak Tolgoi', 'Inner Mongolia', 'Middle Juba', 'Tarvash']));
    expect(names(a, 'place')).not.toContain('Philippine');
  });
});

describe('unnamed sources', () => {
  it('never gives a public body\'s noun to a company named before ("posted on Facebook, the ministry said")', () => {
    const text = 'Rockets hit the airport. In a statement posted on Facebook, the ministry said the runway was closed.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'the ministry said')?.source).not.toBe('Meta');
  });

  it('reads separatists, agronomists and aid agencies as unnamed sources', () => {
    const text = 'Aid agencies say the camps are full. The separatists say they want independence. Agronomists say the trees are old.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'Aid agencies say')?.anonymous).toBe(true);
    expect(attributionOver(text, a, 'separatists say')?.anonymous).toBe(true);
    expect(attributionOver(text, a, 'Agronomists say')?.anonymous).toBe(true);
  });

  it('finds a sentence-opening head with a long place phrase before "told"', () => {
    const text = 'The school was raided. Teachers at two other schools in the area told reporters the pupils fled.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'Teachers at')?.anonymous).toBe(true);
  });
});

describe('guards on unnamed sources', () => {
  it('keeps "Economists at X estimated" with the named firm', () => {
    const text = 'Economists at Orvik Capital estimated the loss at 2 percent.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'estimated')?.anonymous).toBe(false);
  });

  it('never reads a plural unnamed source as "he"', () => {
    const text = 'Joseph Tabi Orvak, a village chief, met the fighters. The separatists say they want independence. "We will survive," he said.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'he said')?.source).toBe('Joseph Tabi Orvak');
  });
});

describe('bodies named in full once', () => {
  it('keeps a body\'s name closed by a country whole before a verb ("the Border Guard Bangladesh would")', () => {
    const a = annotate('The ministry said the army, police and the Border Guard Bangladesh would step up patrols.');
    expect(names(a, 'organization')).toContain('Border Guard Bangladesh');
    expect(names(a, 'place')).toContain('Bangladesh');
  });

  it('gives "the central bank said" to the country\'s bank named before, never to a commercial "Bank of X"', () => {
    const text = 'The Bank of Mongolia said reserves fell. Inflation was 8 percent, the central bank said.';
    const a = annotate(text);
    expect(attributionOver(text, a, 'the central bank said')?.source).toBe('Bank of Mongolia');
    const other = 'The Bank of Orvakia Trust said profits fell. Inflation rose, the central bank said.';
    expect(attributionOver(other, annotate(other), 'the central bank said')?.source).not.toBe('Bank of Orvakia Trust');
  });
});
