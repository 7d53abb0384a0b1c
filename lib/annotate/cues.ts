/**
 * Reporting cues: the verbs and phrases that attribute information to a source ("said", "told",
 * "according to", "denied", "cited ... as saying"), with what each requires around it.
 */

import { PERSON_APPOSITIVE_HEADS } from './context-vocab';

/** How a cue word is used. */
export interface CueSpec {
  /** Canonical cue (the lemma used in output when no extension applies). */
  lemma: string;
  /** A following word the cue needs ("reiterated that", "described ... as"); alternatives joined by "|". */
  needs?: { word: string; within: number };
  /** Participle cues count only in these positions (", adding"; "statement claiming"). */
  participle?: 'after-comma' | 'after-statement';
  /** The cue counts only with an object and a description of it ("called the strikes a violation", "called it \"a lie\""). */
  object?: 'description';
}

const FORMS: [string[], CueSpec][] = [
  [['said', 'says', 'say'], { lemma: 'said' }],
  [['told', 'tells', 'tell'], { lemma: 'told' }],
  [['informed', 'informs'], { lemma: 'informed' }],
  [['stated', 'states'], { lemma: 'stated' }],
  [['added', 'adds'], { lemma: 'added' }],
  [['adding'], { lemma: 'adding', participle: 'after-comma' }],
  [['revealed', 'reveals'], { lemma: 'revealed' }],
  [['reported', 'reports'], { lemma: 'reported' }],
  [['claimed', 'claims'], { lemma: 'claimed' }],
  // "Islamic State took responsibility for the attack": a claim in other words.
  [['took', 'takes'], { lemma: 'took responsibility', needs: { word: 'responsibility', within: 1 } }],
  [['claiming', 'saying', 'denying'], { lemma: 'claiming', participle: 'after-statement' }],
  [['denied', 'denies'], { lemma: 'denied' }],
  [['confirmed', 'confirms'], { lemma: 'confirmed' }],
  [['reiterated', 'reiterates', 'reiterate'], { lemma: 'reiterated', needs: { word: 'that', within: 1 } }],
  [['blamed', 'blames', 'blame'], { lemma: 'blamed' }],
  // Blame and denial in other words: "held X responsible", "pointed the finger at X", "rejected the accusation".
  [['held', 'holds'], { lemma: 'held responsible', needs: { word: 'responsible', within: 8 } }],
  [['pointed', 'points'], { lemma: 'pointed the finger at', needs: { word: 'finger', within: 2 } }],
  [['rejected', 'rejects', 'dismissed', 'dismisses'], { lemma: 'rejected', needs: { word: 'accusation|accusations|allegation|allegations|charge|charges|claim|claims', within: 3 } }],
  [['accused', 'accuses', 'accuse'], { lemma: 'accused' }],
  [['called', 'calls'], { lemma: 'called', object: 'description' }],
  [['maintained', 'maintains'], { lemma: 'maintained', needs: { word: 'that', within: 1 } }],
  [['described', 'describes', 'describe'], { lemma: 'described', needs: { word: 'as', within: 8 } }],
  [['tweeted', 'tweets'], { lemma: 'tweeted' }],
  [['announced', 'announces'], { lemma: 'announced' }],
  [['wrote', 'writes'], { lemma: 'wrote' }],
  [['posted'], { lemma: 'posted', needs: { word: 'on', within: 1 } }],
  [['noted', 'notes'], { lemma: 'noted' }],
  [['acknowledged', 'acknowledges'], { lemma: 'acknowledged' }],
  [['insisted', 'insists'], { lemma: 'insisted' }],
  [['explained', 'explains'], { lemma: 'explained' }],
  [['alleged', 'alleges'], { lemma: 'alleged' }],
  [['argued', 'argues'], { lemma: 'argued' }],
  [['admitted', 'admits'], { lemma: 'admitted' }],
  [['disclosed', 'discloses'], { lemma: 'disclosed' }],
  [['testified', 'testifies'], { lemma: 'testified' }],
  [['replied', 'replies'], { lemma: 'replied', needs: { word: 'that', within: 1 } }],
  [['estimated', 'estimates'], { lemma: 'estimated' }],
];

/** Cue word (lower case) → its spec. */
export const CUE_WORDS: ReadonlyMap<string, CueSpec> = new Map(FORMS.flatMap(([forms, spec]) => forms.map((f) => [f, spec] as [string, CueSpec])));

/**
 * The cue at token i when its required word follows ("took responsibility", "reiterated that"), so
 * "Demonstrations also took place" gives no cue to the name before it.
 */
export function cueAt(tokens: readonly { lower: string }[], i: number): CueSpec | undefined {
  const spec = CUE_WORDS.get(tokens[i]?.lower ?? '');
  return spec && needsMet(spec, tokens, i, tokens.length) ? spec : undefined;
}

/** Whether the word a cue needs follows it at token i, before token `end` (true for a cue that needs none). */
export function needsMet(spec: CueSpec, tokens: readonly { lower: string }[], i: number, end: number): boolean {
  if (!spec.needs) return true;
  const words = spec.needs.word.split('|');
  for (let k = i + 1; k <= i + spec.needs.within && k < end; k++) if (words.includes(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Phrases after a cue that name the channel and extend the cue ("said in a statement"). */
export const CUE_EXTENSIONS: { words: string[]; channel: string }[] = [
  { words: ['in', 'a', 'statement'], channel: 'statement' },
  { words: ['in', 'a', 'joint', 'statement'], channel: 'statement' },
  { words: ['in', 'a', 'written', 'statement'], channel: 'statement' },
  { words: ['in', 'an', 'emailed', 'statement'], channel: 'statement' },
  { words: ['in', 'a', 'tweet'], channel: 'Twitter' },
  { words: ['in', 'a', 'blog', 'post'], channel: 'blog' },
  { words: ['in', 'a', 'social', 'media', 'post'], channel: 'social media' },
  { words: ['in', 'a', 'filing'], channel: 'filing' },
  { words: ['in', 'a', 'letter'], channel: 'letter' },
  { words: ['in', 'a', 'video'], channel: 'video' },
  { words: ['in', 'a', 'post'], channel: 'social media' },
  { words: ['in', 'a', 'readout'], channel: 'readout' },
  { words: ['in', 'an', 'interview'], channel: 'interview' },
  { words: ['in', 'a', 'televised', 'speech'], channel: 'television' },
  { words: ['in', 'a', 'speech'], channel: 'speech' },
  { words: ['in', 'a', 'press', 'conference'], channel: 'press conference' },
  { words: ['at', 'a', 'press', 'conference'], channel: 'press conference' },
  { words: ['at', 'a', 'news', 'conference'], channel: 'press conference' },
  { words: ['in', 'a', 'news', 'conference'], channel: 'press conference' },
  { words: ['on', 'twitter'], channel: 'Twitter' },
  { words: ['on', 'x'], channel: 'X' },
  { words: ['on', 'facebook'], channel: 'Facebook' },
  { words: ['on', 'telegram'], channel: 'Telegram' },
  { words: ['on', 'state', 'tv'], channel: 'state TV' },
  { words: ['on', 'state', 'television'], channel: 'state TV' },
  { words: ['on', 'television'], channel: 'television' },
];

/** The plural of a person noun ("driver" → "drivers", "policeman" → "policemen", "deputy" → "deputies"). */
function pluralOf(noun: string): string {
  if (/man$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Person nouns whose plural is far more often what an attack's clause ends on than a speaker ("killing three soldiers, police said"). */
const OBJECTS_OF_VIOLENCE = new Set(['soldier', 'victim', 'hostage', 'captive', 'abductee', 'defendant', 'pilot', 'policeman', 'policewoman', 'fighter', 'militant', 'gunman', 'officer']);

/**
 * Heads of noun phrases that name an unnamed source ("two security officials", "a source"), and the
 * plural of every person noun that introduces someone quoted ("truck drivers said", "pharmacists say"):
 * people of a trade or a place speak unnamed as a group.
 */
export const ANONYMOUS_HEADS = new Set([
  ...[...PERSON_APPOSITIVE_HEADS].filter((n) => !n.includes('-') && !OBJECTS_OF_VIOLENCE.has(n)).map(pluralOf),
  'associations', 'unions', 'organisations', 'organizations', 'federations', 'chambers', 'cooperatives',
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'witness', 'witnesses',
  'resident', 'residents', 'analyst', 'analysts', 'expert', 'experts', 'people', 'person', 'aide', 'aides',
  'officer', 'officers', 'police', 'authorities', 'media', 'reports', 'commander', 'commanders', 'others',
  'lawmaker', 'lawmakers', 'investigators', 'researchers', 'spokesman', 'spokeswoman', 'spokesperson',
  'activists', 'activist', 'medics', 'doctors', 'doctor', 'insiders', 'insider', 'executives', 'executive',
  'observers', 'critics', 'mediators', 'negotiators', 'employees', 'staff', 'members', 'survivors',
  'relatives', 'relative', 'trader', 'eyewitnesses', 'militants', 'fighters', 'protesters', 'organizers', 'organisers',
  'prosecutors', 'regulators', 'economists', 'traders', 'bankers', 'statement', 'report', 'reports',
  'nurse', 'nurses', 'patient', 'patients', 'teacher', 'teachers', 'shopkeeper', 'farmer', 'farmers', 'worker', 'workers', 'villager',
  'villagers', 'leader', 'leaders', 'member', 'passengers', 'student', 'students', 'companies', 'firms',
  'data', 'figures', 'filings', 'estimates', 'statistics', 'documents', 'document', 'memo', 'draft', 'drafts', 'bill', 'presentation', 'records', 'survey', 'study',
  'poll', 'polls', 'calculations', 'tally', 'results', 'summary', 'diplomat', 'envoys', 'participants', 'attendees', 'delegates',
  'scientists', 'scientist', 'policymaker', 'policymakers', 'economist', 'lawyers', 'engineers', 'campaigners',
  'fishermen', 'fisherman', 'consultants', 'consultant', 'locals', 'families', 'parents', 'monitors', 'medics',
  'elder', 'elders', 'herder', 'herders', 'separatists', 'agronomists', 'agencies', 'broker', 'brokers', 'groups', 'master', 'captain', 'manager', 'intelligence',
  'man', 'woman', 'men', 'women', 'gunman', 'gunmen', 'supporters', 'opponents',
]);

/** Cues that may come before their source ('"...," said the spokesman'); "told" and "denied" never do. */
export const INVERTIBLE_CUES = new Set(['said', 'says', 'say', 'added', 'adds', 'stated', 'wrote', 'writes', 'noted', 'explained', 'insisted', 'argued', 'tweeted', 'acknowledged', 'admitted']);

/** Words skipped between a source and its cue ("has also", "on Wednesday", "late Sunday"). */
export const SKIPPABLE = new Set([
  'has', 'have', 'had', 'also', 'previously', 'later', 'earlier', 'again', 'further', 'repeatedly',
  'publicly', 'exclusively', 'separately', 'privately', 'reportedly', 'recently', 'today', 'yesterday',
  'tonight', 'last', 'late', 'early', 'then', 'would', 'will', 'had', 'already', 'once', 'now', 'first',
  'initially', 'subsequently', 'originally', 'officially', 'formally', 'strongly', 'flatly', 'firmly',
  'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'this',
  // "New Delhi has long accused": an adverb of duration after "has".
  'long',
]);
