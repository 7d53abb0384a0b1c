/**
 * A thin typed view of compromise's built-in lexicon: first names, honorifics, common words and
 * organization/place tags. Looking words up here is far cheaper than a full compromise parse.
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

let lexicon: Lexicon | null = null;

/** compromise's lexicon (word → tag or tags). */
export function compromiseLexicon(): Lexicon {
  if (!lexicon) {
    const model = nlp.model() as { one?: { lexicon?: Lexicon } };
    lexicon = model.one?.lexicon ?? {};
  }
  return lexicon;
}

/** The tags compromise gives a lower-case word, or an empty list. */
export function lexTags(word: string): string[] {
  const t = compromiseLexicon()[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PROPER_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Region', 'Place', 'Organization', 'ProperNoun', 'Demonym', 'SportsTeam']);

/** A known given name ("Joe", "Masoud"). */
export function isFirstName(lower: string): boolean {
  return lexTags(lower).some((t) => NAME_TAGS.has(t)) || SERVANT_NAME_RE.test(lower);
}

/**
 * "Abdullahi", "Abdirizak", "Abdulkadir", "Abdelaziz": Arabic, Somali and Hausa given names built on
 * "Abd" (servant of), which compromise mostly does not list.
 */
const SERVANT_NAME_RE = /^abd(?:i|u|ul|el|al|ur|ir|ou|oul)?[a-z]{3,}$/;

/** A known family name. */
export function isLastName(lower: string): boolean {
  return lexTags(lower).includes('LastName');
}

/** A word compromise knows only as an ordinary (not proper) word: "the", "several", "during". */
export function isCommonWord(lower: string): boolean {
  const tags = lexTags(lower);
  if (tags.length > 0) return !tags.some((t) => PROPER_TAGS.has(t));
  return COMMON_EXTRA.has(lower) || /^(\w+)(ly|ing|ed)$/.test(lower) && lexTags(lower.replace(/(ly|ing|ed)$/, '')).length > 0;
}

/** Function words and frequent sentence starters compromise's lexicon leaves untagged. */
const COMMON_EXTRA = new Set([
  'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'after', 'before', 'during', 'while', 'when', 'but',
  'and', 'or', 'so', 'yet', 'if', 'as', 'that', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'a', 'an', 'the', 'some', 'many', 'most',
  'several', 'other', 'another', 'one', 'two', 'three', 'four', 'five', 'no', 'not', 'there', 'here',
  'what', 'who', 'why', 'how', 'where', 'which', 'since', 'until', 'although', 'though', 'despite',
  'concerning', 'regarding', 'according', 'meanwhile', 'however', 'also', 'still', 'earlier', 'later',
  'last', 'next', 'file', 'photo', 'breaking', 'news', 'read', 'more', 'watch', 'related', 'update',
  'updated', 'analysis', 'opinion', 'editorial', 'exclusive', 'live', 'video', 'image', 'links', 'share',
]);

/** compromise knows the word as an organization / place / person (single-word lexicon entries). */
export function lexKind(lower: string): 'organization' | 'place' | 'person' | null {
  const tags = lexTags(lower);
  if (tags.includes('Organization')) return 'organization';
  if (tags.some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place')) return 'place';
  if (tags.some((t) => t === 'Person' || t === 'LastName' || NAME_TAGS.has(t))) return 'person';
  return null;
}
