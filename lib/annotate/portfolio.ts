/**
 * "Coordinating Minister for Political and Security Affairs Budi Santoso told …", "Minister of State for
 * External Affairs Ravi Menon said": a title, its portfolio ("for/of" and capitalised words ending in a
 * portfolio word such as Affairs, Defence, Development), then the holder's name. Run together they read
 * as one long capitalised run, which split at "and" gave a person "Minister" and an organization
 * "Security Affairs Budi Santoso". The holder's name is the run's tail after the portfolio's last
 * portfolio word; the portfolio itself names no entity (the ministry is named when the text names it).
 */
import { titleAt } from './titles';
import type { Token } from './tokenize';

/** The words a minister's or secretary's portfolio ends with (the last of them ends it). */
const PORTFOLIO_WORDS = new Set([
  'affairs', 'development', 'security', 'defence', 'defense', 'finance', 'planning', 'trade', 'industry',
  'industries', 'resources', 'justice', 'health', 'education', 'relations', 'cooperation', 'investment',
  'economy', 'mines', 'mining', 'energy', 'agriculture', 'interior', 'transport', 'transportation', 'works',
  'labour', 'labor', 'tourism', 'information', 'communications', 'environment', 'fisheries', 'infrastructure',
  'reconstruction', 'reform', 'reforms', 'administration', 'welfare', 'housing', 'commerce', 'culture',
  'sports', 'youth', 'women', 'police', 'enterprises', 'technology', 'petroleum', 'water', 'forestry',
  'treasury', 'budget', 'immigration', 'integration', 'solidarity', 'disasters', 'unification',
]);

const CONNECTORS = /^(of|and|for|on|the|&)$/;

/**
 * The holder's name as tokens [from, to) when the capitalised run [a, b) is a title ending at b (alone or
 * after one qualifier: "Coordinating Minister", "Acting Minister") followed by its portfolio: "for" or
 * "of", capitalised words and connectors ending in a portfolio word, then two or more capitalised
 * words; null for anything else.
 */
export function portfolioHolder(tokens: readonly Token[], a: number, b: number): { from: number; to: number } | null {
  const titled = [a, a + 1].some((p) => p < b && titleAt(tokens as Token[], p, b) === b - p);
  if (!titled || !/^(for|of)$/.test(tokens[b]?.lower ?? '')) return null;
  let end = b + 1;
  let last = -1;
  for (;;) {
    const t = tokens[end];
    if (!t || t.newlineBefore) break;
    if (t.word && t.cap) {
      if (PORTFOLIO_WORDS.has(t.lower)) last = end;
      end++;
      continue;
    }
    if (CONNECTORS.test(t.lower) && tokens[end + 1]?.cap && end > b + 1) { end++; continue; }
    break;
  }
  if (last < 0) return null;
  const from = last + 1;
  // A given name and a surname at least, with no connector inside.
  if (end - from < 2) return null;
  for (let k = from; k < end; k++) if (CONNECTORS.test(tokens[k]?.lower ?? '')) return null;
  return { from, to: end };
}
