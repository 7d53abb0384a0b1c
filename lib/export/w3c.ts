/**
 * W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): one annotation per
 * highlight Sourcemark draws (each entity mention and each attribution), targeting the article's URL
 * with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end), so tools
 * that speak the standard can re-anchor them the way Sourcemark does.
 */
import type { Snapshot } from './format';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our own namespace for annotation ids; they are stable across exports of the same database. */
const ID_BASE = 'urn:sourcemark:';

interface Selectors {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C annotation as we write it. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging';
  created: string;
  body: Array<{ type: 'TextualBody'; value: string; purpose: 'identifying' | 'tagging' | 'describing' }>;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The collection document: one page holding every annotation. */
export interface WebAnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function target(source: string, q: Selectors): WebAnnotation['target'] {
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
      { type: 'TextPositionSelector', start: q.start, end: q.end },
    ],
  };
}

/** Every highlight of the snapshot as W3C annotations, grouped in one AnnotationCollection. */
export function toWebAnnotations(snapshot: Snapshot, exportedAt: Date): WebAnnotationCollection {
  const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
  const entities = new Map(snapshot.entities.map((e) => [e.id, e]));
  const items: WebAnnotation[] = [];
  for (const m of snapshot.mentions) {
    const article = articles.get(m.articleId);
    const entity = entities.get(m.entityId);
    if (!article || !entity) continue;
    items.push({
      id: `${ID_BASE}mention:${m.id}`,
      type: 'Annotation',
      motivation: 'identifying',
      created: new Date(article.firstVisited).toISOString(),
      body: [
        { type: 'TextualBody', value: entity.name, purpose: 'identifying' },
        { type: 'TextualBody', value: entity.kind, purpose: 'tagging' },
      ],
      target: target(article.url, m),
    });
  }
  for (const a of snapshot.attributions) {
    const article = articles.get(a.articleId);
    if (!article) continue;
    const body: WebAnnotation['body'] = [
      { type: 'TextualBody', value: a.anonymous ? 'anonymous attribution' : 'attribution', purpose: 'tagging' },
      { type: 'TextualBody', value: `${a.source} ${a.cue}`, purpose: 'describing' },
    ];
    if (a.content) body.push({ type: 'TextualBody', value: a.content, purpose: 'describing' });
    items.push({
      id: `${ID_BASE}attribution:${a.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      created: new Date(article.firstVisited).toISOString(),
      body,
      target: target(article.url, a.quote),
    });
  }
  const id = `${ID_BASE}export:${exportedAt.toISOString()}`;
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Sourcemark highlights',
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
