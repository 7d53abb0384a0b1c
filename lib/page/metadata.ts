/**
 * Reads what a news page says about its article (JSON-LD NewsArticle first, then meta tags, then
 * <time>), so the store can show title, site and dates and the engine can resolve "on Monday"
 * against publication. Each field comes from the most reliable source the page offers.
 */
import type { PageMeta } from '../messages';
import { findDateline } from './dateline';

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
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' ? name.trim() || undefined : undefined;
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

/** The content of the first of `selectors` (meta tags) that has one. */
function metaContent(doc: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The datetime (or text) of the first of `selectors` (<time> and microdata elements). */
function timeOf(doc: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = (el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? '').trim();
    if (value) return value;
  }
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function clip(value: string | undefined, max: number): string | undefined {
  return value === undefined ? undefined : value.slice(0, max);
}

/** A meta author given as a profile URL (article:author often is) is no name. */
function notUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

/** The byline element's text, for pages without author metadata. */
function bylineText(doc: Document): string | undefined {
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name');
  const text = el?.textContent?.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '');
  return text && text.length <= 200 ? text : undefined;
}

/** The article's title: JSON-LD headline, og:title, twitter:title, else the document title. */
export function readTitle(doc: Document): string {
  const ld = findJsonLdArticle(doc);
  const title =
    str(ld?.headline) ??
    metaContent(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    doc.title ??
    '';
  return title.slice(0, 2000);
}

function readLang(doc: Document, ld: JsonObject | undefined): string | undefined {
  return (
    str(ld?.inLanguage) ??
    (doc.documentElement.getAttribute('lang')?.trim() || undefined) ??
    metaContent(doc, 'meta[http-equiv="content-language"]', 'meta[http-equiv="Content-Language"]') ??
    metaContent(doc, 'meta[property="og:locale"]')?.replace('_', '-')
  );
}

/**
 * Site name, author, published and modified times, language and — given the article text — the
 * dateline. Fields the page does not give are left out rather than guessed.
 */
export function readMetadata(doc: Document, articleText?: string): PageMeta {
  const ld = findJsonLdArticle(doc);
  const meta: PageMeta = {
    siteName: clip(
      nameOf(ld?.publisher) ?? metaContent(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
      500,
    ),
    author: clip(
      nameOf(ld?.author) ??
        metaContent(doc, 'meta[name="author"]', 'meta[name="byl"]', 'meta[name="sailthru.author"]') ??
        notUrl(metaContent(doc, 'meta[property="article:author"]')) ??
        bylineText(doc),
      500,
    ),
    publishedTime: clip(
      str(ld?.datePublished) ??
        metaContent(
          doc,
          'meta[property="article:published_time"]',
          'meta[itemprop="datePublished"]',
          'meta[name="pubdate"]',
          'meta[name="publish-date"]',
          'meta[name="dc.date.issued"]',
          'meta[name="DC.date.issued"]',
          'meta[name="date"]',
          'meta[name="parsely-pub-date"]',
        ) ??
        timeOf(doc, 'time[itemprop="datePublished"]', '[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]'),
      100,
    ),
    modifiedTime: clip(
      str(ld?.dateModified) ??
        metaContent(doc, 'meta[property="article:modified_time"]', 'meta[property="og:updated_time"]', 'meta[itemprop="dateModified"]') ??
        timeOf(doc, 'time[itemprop="dateModified"]', '[itemprop="dateModified"]'),
      100,
    ),
    lang: clip(readLang(doc, ld), 50),
    dateline: clip(articleText === undefined ? undefined : findDateline(articleText), 200),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as PageMeta;
}
