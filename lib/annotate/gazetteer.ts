/**
 * A token trie over every known surface form (knowledge names, aliases, demonyms, compromise's
 * place lexicon), so one left-to-right pass finds the longest known name at each position.
 */
import type { KnowledgeEntry } from '../knowledge/schema';
import { normToken } from './normalize';
import { tokenize, type Token } from './tokenize';
import { compromiseLexicon } from './lexicon';

/** A knowledge entry as the engine uses it, with a stable id. */
export interface KnownEntity {
  id: string;
  name: string;
  type: KnowledgeEntry['type'];
  subtype?: string;
  /** For countries: the adjective used to name its institutions ("Iraqi" → "Iraqi military"). */
  demonym?: string;
}

/** Prefixes for institutions of countries whose demonym reads oddly in news ("U.S. military"). */
const INSTITUTION_PREFIX: Record<string, string> = { 'United States': 'U.S.', 'United Kingdom': 'British' };

/** One surface form pointing to a known entity. */
export interface GazHit {
  entity: KnownEntity;
  /** A demonym or adjective: links but is not a mention by itself. */
  adjective: boolean;
  /** For acronyms: the exact spelling required ("US" must not match "us"). */
  exact?: string;
  /** The form has several words and may match in lower case ("state department"). */
  lowerOk: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: GazHit[];
}

/** A longest match found in the token stream. */
export interface GazMatch {
  from: number;
  to: number;
  hits: GazHit[];
}

function newNode(): TrieNode {
  return { next: new Map(), hits: [] };
}

/** The trie plus the entity table it points to. */
export class Gazetteer {
  private root = newNode();
  readonly entities = new Map<string, KnownEntity>();
  private byName = new Map<string, KnownEntity>();

  /** Adds an entry (its name, aliases and adjectives). Later entries never replace earlier forms. */
  add(entry: KnowledgeEntry): void {
    const key = `${entry.type}:${normToken(entry.name)}`;
    let ent = this.byName.get(key);
    if (!ent) {
      const demonym = INSTITUTION_PREFIX[entry.name] ?? entry.adjectives?.find((a) => !a.endsWith('s'));
      ent = { id: `k${this.entities.size}`, name: entry.name, type: entry.type, subtype: entry.subtype, demonym };
      this.entities.set(ent.id, ent);
      this.byName.set(key, ent);
    }
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      this.insert(form, ent, false);
      // "U.S. Department of Homeland Security" is written "the Department of Homeland Security" in U.S. stories.
      const bare = entry.type === 'organization' ? /^U\.?S\.? (\S+(?: \S+){2,})$/.exec(form)?.[1] : undefined;
      if (bare) this.insert(bare, ent, false);
    }
    for (const form of entry.adjectives ?? []) this.insert(form, ent, true);
  }

  /** The known entity of that type and name, if any. */
  find(type: KnowledgeEntry['type'], name: string): KnownEntity | undefined {
    return this.byName.get(`${type}:${normToken(name)}`);
  }

  private insert(form: string, entity: KnownEntity, adjective: boolean): void {
    const toks = tokenize(form);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      const k = normToken(t.text);
      let n = node.next.get(k);
      if (!n) { n = newNode(); node.next.set(k, n); }
      node = n;
    }
    if (node.hits.some((h) => h.entity === entity && h.adjective === adjective)) return;
    const letters = form.replace(/[^\p{L}]/gu, '');
    const acronym = letters.length <= 6 && letters === letters.toUpperCase() && toks.length <= 2;
    const words = toks.filter((t) => t.word).length;
    node.hits.push({ entity, adjective, exact: acronym ? form : undefined, lowerOk: words >= 2 && !adjective && entity.type !== 'place' });
  }

  /** Every match starting at token i, shortest first ("U.S." inside "U.S. State Department"). */
  allAt(tokens: Token[], i: number): GazMatch[] {
    const out: GazMatch[] = [];
    let node = this.root;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t || (j > i && t.newlineBefore)) break;
      const n = node.next.get(t.norm);
      if (!n) break;
      node = n;
      if (n.hits.length > 0) out.push({ from: i, to: j + 1, hits: n.hits });
    }
    return out;
  }

  /** Longest match starting at token i (forms only, no case checks). */
  longest(tokens: Token[], i: number): GazMatch | null {
    let node = this.root;
    let best: GazMatch | null = null;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j];
      if (!t) break;
      if (j > i && t.newlineBefore) break;
      const n = node.next.get(t.norm);
      if (!n) break;
      node = n;
      if (n.hits.length > 0) best = { from: i, to: j + 1, hits: n.hits };
    }
    return best;
  }
}

const COMPROMISE_PLACE_TAGS: Record<string, string> = { City: 'city', Region: 'region', Country: 'country' };

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Places from compromise's own lexicon (cities, regions), as knowledge entries. */
export function compromisePlaces(): KnowledgeEntry[] {
  const lex = compromiseLexicon();
  const out: KnowledgeEntry[] = [];
  for (const [word, tag] of Object.entries(lex)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const sub = tags.map((t) => COMPROMISE_PLACE_TAGS[t]).find(Boolean);
    if (!sub || word.length < 3) continue;
    out.push({ name: titleCase(word), type: 'place', subtype: sub });
  }
  return out;
}
