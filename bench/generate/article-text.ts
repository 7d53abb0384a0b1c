/**
 * Generates a news-like article of a requested length: datelined first paragraph, named and anonymous
 * attributions, people with roles, organizations, places and name-free filler, so the in-page and
 * engine benchmarks run on text shaped like the news Sourcemark is for, at any size.
 */
import { pick, seededRandom, skewedIndex, type Random } from '../shared/prng';
import {
  ANONYMOUS_SOURCES, CLAUSES, CUES, DAYS, FILLERS, FIRST_NAMES, ORGANIZATIONS, OUTLETS, PLACES, ROLES, SURNAMES,
} from './vocabulary';

/** A generated article: title and paragraphs of plain text. */
export interface GeneratedArticle {
  title: string;
  paragraphs: string[];
  wordCount: number;
}

function person(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${SURNAMES[skewedIndex(random, SURNAMES.length)] ?? 'Haddad'}`;
}

function org(random: Random): string {
  return ORGANIZATIONS[skewedIndex(random, ORGANIZATIONS.length)] ?? 'Security Council';
}

function place(random: Random): string {
  return PLACES[skewedIndex(random, PLACES.length)] ?? 'Kenya';
}

function sentence(random: Random): string {
  const r = random();
  const clause = pick(random, CLAUSES);
  if (r < 0.2) return `${person(random)}, the ${pick(random, ROLES)}, ${pick(random, CUES)} ${pick(random, DAYS)} that ${clause}.`;
  if (r < 0.35) return `The ${org(random)} ${pick(random, CUES)} ${pick(random, DAYS)} that ${clause} in ${place(random)}.`;
  if (r < 0.45) return `"${clause.charAt(0).toUpperCase()}${clause.slice(1)}," ${pick(random, ANONYMOUS_SOURCES)} told ${pick(random, OUTLETS)}.`;
  if (r < 0.55) return `According to ${pick(random, ANONYMOUS_SOURCES)}, ${clause}.`;
  if (r < 0.65) return `In ${place(random)}, ${person(random)} met officials from the ${org(random)} ${pick(random, DAYS)}.`;
  if (r < 0.72) return `${SURNAMES[skewedIndex(random, SURNAMES.length)] ?? 'Haddad'} ${pick(random, CUES)} that ${clause}.`;
  return pick(random, FILLERS);
}

function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** An article of about `words` words (never fewer), the same for the same seed. */
export function generateArticle(words: number, seed = 1): GeneratedArticle {
  const random = seededRandom(seed * 7919 + words);
  const city = place(random).toUpperCase();
  const title = `${org(random)} and ${org(random)} at odds over plans for ${place(random)}`;
  const paragraphs: string[] = [];
  let total = 0;
  let first = true;
  while (total < words) {
    const count = 2 + Math.floor(random() * 3);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(sentence(random));
    let text = parts.join(' ');
    if (first) {
      text = `${city} (Daily Ledger) - ${text}`;
      first = false;
    }
    paragraphs.push(text);
    total += countWords(text);
  }
  return { title, paragraphs, wordCount: total };
}
