/**
 * The last step of every role: a role must name a PARTY. The phrase readers in `roles.ts` cut noun
 * phrases out of clauses by position, and a cut in the wrong place leaves a stray span ("and the
 * army", "of informing the army", "jihadists first"). This step reads each role phrase's words with
 * compromise's tagger (a phrase of a few words, so cheap), trims what is no part of a noun phrase
 * (a leading conjunction, a trailing adverb or ordinal), and drops what is still no party: a span
 * that opens with a preposition or a verb, or a bare doer noun that names nobody ("gunmen",
 * "Gunmen armed with rifles"). A role that is an entity the engine found is named as the article
 * writes it when the engine's canonical name is its own rewrite ("Pakistan's foreign ministry", not
 * "Pakistani foreign ministry"): readers and reference lists know the party by the text's words.
 */
import nlp from 'compromise';
import type { Entity, Span } from '../types';
import { genericDoer } from './parties';

interface Term { text: string; tags: string[] }

function termsOf(phrase: string): Term[] {
  const json = nlp(phrase).json() as { terms: { text: string; tags: string[] }[] }[];
  return json.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: t.tags })));
}

const has = (t: Term | undefined, tag: string): boolean => t !== undefined && t.tags.includes(tag);

/** Words compromise may tag otherwise that open no noun phrase here ("then", "also"). */
const EDGE_ADVERB_RE = /^(?:then|first|also|later|again|too|now|already|still|themselves|itself|locally|allegedly|reportedly|apparently)$/i;

/** A phrase owned by a pronoun or a bare description ("group's fighters", "their men"): a reference, not a name. */
const UNRESOLVED_POSSESSOR_RE = /^(?:the\s+)?(?:(?:group|militia|movement|organi[sz]ation|gang|faction)[’']s|its|their|his|her)\s/i;

/** "about 15 gunmen", "some 40 men": a count before the noun tells how many, not who. */
const COUNT_LEAD_RE = /^(?:(?:about|around|some|nearly|almost|roughly|at least|more than|over|up to)\s+)?(?:\d[\d,]*|a dozen|dozens of|scores of|hundreds of)\s+/i;

/** How the doers came or were armed: no part of who they are ("Gunmen armed with rifles", "men on motorcycles"). */
const MANNER_RE = /\s(?:armed\s+with|wearing|riding|carrying|dressed\s+in|on\s+(?:motorcycles?|motorbikes?|foot|horseback)|in\s+(?:pickups?|trucks?|uniforms?|civilian clothes))\b.*$/i;

/**
 * The phrase a role keeps, or null when it names no party. Entity names pass as they are; anything
 * else is trimmed to a noun phrase. With `dropGeneric` (the doer of a told act, not one an explicit
 * charge names: "blamed on separatists" keeps its description) a bare doer noun is no party either.
 */
export function partyPhrase(phrase: string, entities: Entity[], dropGeneric = false): string | null {
  const p = phrase.trim();
  if (!p) return null;
  const lower = p.toLowerCase();
  if (entities.some((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower))) return p;
  // "group's fighters", "its gunmen": a reference back that found no actor names nobody.
  if (UNRESOLVED_POSSESSOR_RE.test(p)) return null;
  const terms = termsOf(p);
  let i = 0;
  let j = terms.length;
  while (i < j && has(terms[i], 'Conjunction')) i++;
  // "jihadists first", "gunmen then": an adverb after the noun belongs to the clause ("terrorists financed
  // from abroad" keeps its adverb: it closes a phrase after a preposition).
  const edge = (t: Term | undefined): boolean => has(t, 'Adverb') || has(t, 'Ordinal') || EDGE_ADVERB_RE.test(t?.text ?? '');
  while (j > i + 1 && edge(terms[j - 1]) && has(terms[j - 2], 'Noun')) j--;
  // "bandits known locally": a participle with only adverbs after it is the clause's verb, not the phrase's.
  let k = j;
  while (k > i + 1 && edge(terms[k - 1])) k--;
  if (k < j && k > i + 1 && has(terms[k - 1], 'PastTense') && has(terms[k - 2], 'Noun')) j = k - 1;
  if (i >= j) return null;
  const first = terms[i];
  // "gunmen fired on a bus and": a phrase ending in a joining word is a clause cut in the wrong place.
  const last = terms[j - 1];
  if (has(last, 'Conjunction') || has(last, 'Preposition') || has(last, 'Determiner')) return null;
  // "of informing the army", "by the army": a prepositional phrase is a cut in the wrong place.
  if (has(first, 'Preposition') && !/^(?:about|around|some|over)$/i.test(first?.text ?? '')) return null;
  // "informing the army": a verb phrase, not a noun phrase ("kidnapping gang" is a noun before a noun).
  if (has(first, 'Verb') && has(terms[i + 1], 'Determiner')) return null;
  const words = p.split(/\s+/);
  // compromise's terms are the phrase's words in order; keep the same words, not its normalised text.
  const kept = words.length === terms.length ? words.slice(i, j).join(' ') : p;
  const core = kept.replace(COUNT_LEAD_RE, '').replace(MANNER_RE, '').trim();
  if (!core || (dropGeneric && genericDoer(core))) return null;
  // "Gunmen armed with rifles" → "Gunmen": the doer noun without its manner names nobody; otherwise keep the phrase.
  return kept === p && !MANNER_RE.test(p) ? p : kept.replace(COUNT_LEAD_RE, '').replace(MANNER_RE, '').trim();
}

/**
 * The name a role gives an entity: its canonical name when the article writes it so somewhere,
 * else the words the article uses for it (in `span` first), since the canonical form is then the
 * engine's rewrite ("Pakistani foreign ministry" for "Pakistan's foreign ministry").
 */
export function writtenName(name: string, entities: Entity[], span: Span): string {
  const lower = name.toLowerCase();
  const e = entities.find((x) => x.name.toLowerCase() === lower);
  if (!e || e.mentions.length === 0) return name;
  if (e.mentions.some((m) => m.text.toLowerCase() === lower)) return name;
  // Only a possessive rewrite ("Pakistan's X" → "Pakistani X") is undone: an acronym or a short form
  // ("UNAMA") names the party less fully than the canonical name.
  const possessive = e.mentions.filter((m) => /[’']s\s/.test(m.text) && m.text.split(/\s+/).length === name.split(/\s+/).length);
  const inSpan = possessive.find((m) => m.start >= span.start && m.end <= span.end);
  if (possessive.length) return (inSpan ?? possessive[0])?.text ?? name;
  // "the Israeli military" known by a name the article never writes: a description of a state body in
  // the text's words (a people's adjective and a common noun) is how readers know it; letters are not.
  const described = e.mentions.filter((m) => /^\p{Lu}[\p{L}.]*\s+(?:\p{Ll}[\p{L}-]*\s*){1,2}$/u.test(m.text));
  const described1 = described.find((m) => m.start >= span.start && m.end <= span.end) ?? described[0];
  return described1?.text ?? name;
}

/** Every role list of a reading, each name kept only when it names a party, named as written. */
export function finishRoleNames(names: string[], entities: Entity[], span: Span): string[] {
  const out: string[] = [];
  for (const n of names) {
    const kept = partyPhrase(n, entities);
    if (kept === null) continue;
    const named = writtenName(kept, entities, span);
    if (!out.some((x) => x.toLowerCase() === named.toLowerCase())) out.push(named);
  }
  return out;
}
