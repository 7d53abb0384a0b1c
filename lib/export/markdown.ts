/**
 * The readable log: per article its title (linked), date, site, actors, places, who said what, and
 * the incidents it reports. Newest first, like the log page. Text from the pages is escaped so a title
 * with markup or brackets cannot turn into links or HTML in a Markdown viewer.
 */
import type { ExportArticle, ExportAttribution, ExportEntity, ExportIncident, Snapshot } from './format';

/** Escapes Markdown and inline-HTML syntax and flattens line breaks, so page text stays text. */
export function mdText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/([\\`*_{}\[\]()<>#+\-.!|~])/g, '\\$1');
}

/** A URL usable inside `<...>` in a Markdown link (no spaces or angle brackets). */
function mdUrl(url: string): string {
  return url.replace(/[\s<>]/g, encodeURIComponent);
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function bySeen(a: ExportArticle, b: ExportArticle): number {
  return b.lastVisited - a.lastVisited || a.id - b.id;
}

function attributionLine(a: ExportAttribution): string {
  const who = `**${mdText(a.source)}**${a.anonymous ? ' (anonymous)' : ''}`;
  const said = a.content ? `: “${mdText(a.content)}”` : ` — “${mdText(a.quote.exact)}”`;
  return `- ${who} ${mdText(a.cue)}${said}`;
}

function incidentLine(i: ExportIncident): string {
  const parts = [i.type, i.location ? `at ${i.location}` : '', i.date ? `on ${i.date}` : ''].filter(Boolean);
  const toll = [i.killed !== undefined ? `${i.killed} killed` : '', i.injured !== undefined ? `${i.injured} injured` : '']
    .filter(Boolean)
    .join(', ');
  const claims = [
    i.claimedBy.length ? `claimed by ${i.claimedBy.join(', ')}` : '',
    i.deniedBy.length ? `denied by ${i.deniedBy.join(', ')}` : '',
    i.blamedOn.length ? `blamed on ${i.blamedOn.join(', ')}` : '',
  ].filter(Boolean);
  return `- ${mdText([parts.join(' '), toll, ...claims].filter(Boolean).join('; '))}`;
}

function names(list: ExportEntity[]): string {
  return list.length ? list.map((e) => mdText(e.name)).join(', ') : '—';
}

/** Indexes the snapshot once, so writing each article is a lookup rather than a scan. */
function indexBy<T>(records: readonly T[], keyOf: (r: T) => number[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of records) {
    for (const k of keyOf(r)) {
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
  }
  return map;
}

/** The Markdown log of a snapshot, dated `exportedAt`. */
export function toMarkdown(snapshot: Snapshot, exportedAt: Date, description = 'Everything'): string {
  const entities = new Map(snapshot.entities.map((e) => [e.id, e]));
  const appearances = indexBy(snapshot.appearances, (a) => [a.articleId]);
  const attributions = indexBy(snapshot.attributions, (a) => [a.articleId]);
  const incidents = indexBy(snapshot.incidents, (i) => i.articleIds);
  const out = [
    '# Sourcemark reading log',
    '',
    `${mdText(description)} — ${snapshot.articles.length} articles, exported ${exportedAt.toISOString().slice(0, 10)}.`,
  ];
  for (const article of [...snapshot.articles].sort(bySeen)) {
    const own = (appearances.get(article.id) ?? [])
      .sort((a, b) => b.mentionCount - a.mentionCount)
      .flatMap((a) => entities.get(a.entityId) ?? []);
    const said = (attributions.get(article.id) ?? []).sort((a, b) => a.quote.start - b.quote.start);
    out.push(
      '',
      `## [${mdText(article.title || article.url)}](<${mdUrl(article.url)}>)`,
      '',
      `- Read: ${day(article.lastVisited)}${article.publishedTime ? ` · Published: ${mdText(article.publishedTime)}` : ''}`,
      `- Site: ${article.site ? mdText(article.site) : '—'}`,
      `- Actors: ${names(own.filter((e) => e.kind !== 'place'))}`,
      `- Places: ${names(own.filter((e) => e.kind === 'place'))}`,
    );
    if (said.length) out.push('', '### Attributions', '', ...said.map(attributionLine));
    const reported = incidents.get(article.id) ?? [];
    if (reported.length) out.push('', '### Incidents', '', ...reported.map(incidentLine));
  }
  return `${out.join('\n')}\n`;
}
