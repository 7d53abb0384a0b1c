/**
 * Reads what a news page says about its article (JSON-LD NewsArticle first, then meta tags), so the
 * store can show title, site and dates and the engine can resolve "on Monday" against publication.
 */
import type { PageMeta } from '../messages';

type JsonObject = Record<string, unknown>;

function asObjects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    const graph = obj['@graph'];
    return graph ? [obj, ...asObjects(graph)] : [obj];
  }
  return [];
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|\b)(News)?Article$|ReportageNewsArticle|BlogPosting|LiveBlogPosting/.test(t));
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** The first JSON-LD object on the page that describes an article. */
export function findJsonLdArticle(doc: Document): JsonObject | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch (error) {
      console.debug('sourcemark: skipping malformed JSON-LD', error);
      continue;
    }
    const article = asObjects(parsed).find((o) => isArticleType(o['@type']));
    if (article) return article;
  }
  return undefined;
}

function metaContent(doc: Document, selector: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function clip(value: string | undefined, max: number): string | undefined {
  return value === undefined ? undefined : value.slice(0, max);
}

/** The article's title: JSON-LD headline, og:title, else the document title. */
export function readTitle(doc: Document): string {
  const ld = findJsonLdArticle(doc);
  return (str(ld?.headline) ?? metaContent(doc, 'meta[property="og:title"]') ?? doc.title ?? '').slice(0, 2000);
}

/** Site name, author, dates and language, each from the most reliable source the page offers. */
export function readMetadata(doc: Document): PageMeta {
  const ld = findJsonLdArticle(doc);
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const meta: PageMeta = {
    siteName: clip(nameOf(ld?.publisher) ?? metaContent(doc, 'meta[property="og:site_name"]'), 500),
    author: clip(nameOf(ld?.author) ?? metaContent(doc, 'meta[name="author"]'), 500),
    publishedTime: clip(
      str(ld?.datePublished) ?? metaContent(doc, 'meta[property="article:published_time"]') ?? time,
      100,
    ),
    modifiedTime: clip(str(ld?.dateModified) ?? metaContent(doc, 'meta[property="article:modified_time"]'), 100),
    lang: clip(str(ld?.inLanguage) ?? (doc.documentElement.getAttribute('lang') || undefined), 50),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as PageMeta;
}
