/**
 * The dateline of a news story ("CAIRO —", "KYIV, Ukraine (AP) —", "LONDON, March 3 (Reuters) -"):
 * where the story was filed, which the engine uses for unqualified places and the log shows beside
 * the title. Pure string logic on the article text.
 */

/** How far into the article a dateline may start (after the headline, byline and a caption). */
const DATELINE_SEARCH_CHARS = 1500;

// A capitalised place (optionally ", Region"), an optional date, an optional (Agency), then a dash.
const DATELINE =
  /(?:^|\n)([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?(?: ?\([A-Za-z .&]{1,40}\))? ?[\u2014\u2013-]{1,2} /;

/** The dateline's place, e.g. "CAIRO" or "KYIV, Ukraine"; undefined when the story has none. */
export function findDateline(text: string): string | undefined {
  const head = text.slice(0, DATELINE_SEARCH_CHARS);
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const city = m[1] as string;
  // All-caps words of one or two letters ("A", "US") are sentence starts more often than datelines.
  if (city.replace(/[^A-Z]/g, '').length < 3) return undefined;
  return m[2] ? `${city}, ${m[2]}` : city;
}
