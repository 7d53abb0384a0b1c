/**
 * A project-local scorer for the dev set (test/fixtures/eval/dev.gold.json) that follows the matching
 * rules of the shared eval README: entities match by normalised name or mention; each prediction is
 * credited to one gold entity; splits and merges are counted; attributions match by overlapping span
 * with the gold evidence, and their source by the entity rule (or the anonymous flag). Kept in the
 * project so a unit test can hold the engine to the targets without reaching outside the checkout.
 */

/** A gold actor or place. */
export interface GoldEntity { name: string; type?: string; mentions?: string[]; optional?: boolean }
/** A gold attribution. */
export interface GoldAttribution { source: string; evidence: string; anonymous: boolean }
/** One gold article. */
export interface GoldArticle { id: string; actors: GoldEntity[]; places: GoldEntity[]; attributions: GoldAttribution[] }
/** A predicted entity (prediction format). */
export interface PredEntity { name: string; type?: string; mentions: { text: string }[] }
/** A predicted attribution (prediction format). */
export interface PredAttribution { source: string; start: number; end: number; anonymous: boolean }
/** One predicted article. */
export interface PredArticle { id: string; actors: PredEntity[]; places: PredEntity[]; attributions: PredAttribution[] }

/** Precision, recall, F1 and the extra counts of one category. */
export interface CategoryScore { precision: number; recall: number; f1: number; merges: number; splits: number; sourceAccuracy?: number }

/** Normalises a name the way the shared scorer does (case, diacritics, quotes, trailing possessive). */
export function norm(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"')
    .replace(/[.,;:!?"']+$/g, '').replace(/['’]s$/i, '').replace(/[.,;:!?"']+$/g, '').replace(/^["']+/, '')
    .replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function goldKeys(g: GoldEntity): Set<string> {
  return new Set([g.name, ...(g.mentions ?? [])].map(norm).filter(Boolean));
}

interface Tally { tp: number; predCounted: number; recalled: number; goldN: number; merges: number; splits: number }

function scoreEntities(gold: GoldEntity[], pred: PredEntity[]): Tally {
  const gk = gold.map(goldKeys);
  const found = new Array<number>(gold.length).fill(0);
  let tp = 0;
  let optHits = 0;
  let merges = 0;
  for (const p of pred) {
    const pk = new Set([p.name, ...p.mentions.map((m) => m.text)].map(norm).filter(Boolean));
    const hits = gold.map((_, i) => i).filter((i) => [...pk].some((k) => gk[i]?.has(k)));
    if (hits.length === 0) continue;
    const required = hits.filter((i) => !gold[i]?.optional);
    if (required.length === 0) { optHits++; continue; }
    merges += required.length - 1;
    const byName = required.filter((i) => gk[i]?.has(norm(p.name)));
    const pool = byName.length > 0 ? byName : required;
    const pick = pool.find((i) => found[i] === 0) ?? pool[0] ?? 0;
    found[pick] = (found[pick] ?? 0) + 1;
    if (found[pick] === 1) tp++;
  }
  const req = gold.map((_, i) => i).filter((i) => !gold[i]?.optional);
  return {
    tp, predCounted: pred.length - optHits, goldN: req.length, merges,
    recalled: req.filter((i) => (found[i] ?? 0) > 0).length,
    splits: req.reduce((n, i) => n + Math.max(0, (found[i] ?? 0) - 1), 0),
  };
}

function locate(text: string, evidence: string, from: number): [number, number] | null {
  const i = text.indexOf(evidence, from);
  return i >= 0 ? [i, i + evidence.length] : null;
}

function scoreAttributions(gold: GoldAttribution[], pred: PredAttribution[], text: string, actors: GoldEntity[]): { tp: number; fp: number; goldN: number; srcOk: number } {
  const next = new Map<string, number>();
  const spans = gold.map((g) => {
    const s = locate(text, g.evidence, next.get(g.evidence) ?? 0);
    if (s) next.set(g.evidence, s[0] + 1);
    return s;
  });
  const matched = new Array<boolean>(gold.length).fill(false);
  let tp = 0;
  let fp = 0;
  let srcOk = 0;
  for (const p of pred) {
    const overlaps = (s: [number, number] | null): boolean => !!s && p.start < s[1] && s[0] < p.end;
    const hit = gold.findIndex((_, i) => !matched[i] && overlaps(spans[i] ?? null));
    if (hit < 0) { if (!spans.some(overlaps)) fp++; continue; }
    matched[hit] = true;
    tp++;
    const g = gold[hit];
    if (!g) continue;
    if (g.anonymous) { if (p.anonymous) srcOk++; continue; }
    const actor = actors.find((a) => a.name === g.source);
    const keys = actor ? goldKeys(actor) : new Set<string>();
    keys.add(norm(g.source));
    if (keys.has(norm(p.source))) srcOk++;
  }
  return { tp, fp, goldN: gold.length, srcOk };
}

function prf(tp: number, predN: number, goldN: number): { precision: number; recall: number; f1: number } {
  const precision = predN === 0 ? 1 : tp / predN;
  const recall = goldN === 0 ? 1 : tp / goldN;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Scores predictions against gold; `texts` maps article id to its text (for evidence spans). */
export function scoreDev(gold: GoldArticle[], pred: PredArticle[], texts: Map<string, string>): { actors: CategoryScore; places: CategoryScore; attributions: CategoryScore } {
  const byId = new Map(pred.map((p) => [p.id, p]));
  const A: Tally = { tp: 0, predCounted: 0, recalled: 0, goldN: 0, merges: 0, splits: 0 };
  const P: Tally = { ...A };
  const T = { tp: 0, fp: 0, goldN: 0, srcOk: 0 };
  const add = (into: Tally, x: Tally): void => { for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += x[k]; };
  for (const g of gold) {
    const p = byId.get(g.id) ?? { id: g.id, actors: [], places: [], attributions: [] };
    add(A, scoreEntities(g.actors, p.actors));
    add(P, scoreEntities(g.places, p.places));
    const t = scoreAttributions(g.attributions, p.attributions, texts.get(g.id) ?? '', g.actors);
    T.tp += t.tp; T.fp += t.fp; T.goldN += t.goldN; T.srcOk += t.srcOk;
  }
  const ent = (x: Tally): CategoryScore => ({ ...prf(x.tp, x.predCounted, x.goldN), recall: x.goldN === 0 ? 1 : x.recalled / x.goldN, merges: x.merges, splits: x.splits });
  const actors = ent(A);
  actors.f1 = (2 * actors.precision * actors.recall) / (actors.precision + actors.recall || 1);
  const places = ent(P);
  places.f1 = (2 * places.precision * places.recall) / (places.precision + places.recall || 1);
  return {
    actors, places,
    attributions: { ...prf(T.tp, T.tp + T.fp, T.goldN), merges: 0, splits: 0, sourceAccuracy: T.tp === 0 ? 0 : T.srcOk / T.tp },
  };
}
