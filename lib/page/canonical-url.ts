/**
 * One article, one key: the same story reached through a share link, a newsletter or a feed must be
 * stored once. Prefer the page's own canonical URL; else drop tracking parameters and the fragment.
 */

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|dclid$|msclkid$|mc_cid$|mc_eid$|ocid$|cmpid$|smid$|ref$|ref_src$|share$|taid$|at_medium$|at_campaign$|ito$)/i;

/** Removes tracking parameters and the fragment from an absolute URL. */
export function stripTracking(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    // Not an absolute URL: keep it as given, it is still a usable key.
    console.debug('sourcemark: not an absolute URL', url, error);
    return url;
  }
  parsed.hash = '';
  for (const key of Array.from(parsed.searchParams.keys())) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/** The article's key: rel=canonical, else og:url, else the page URL without tracking. */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const resolved = new URL(candidate, pageUrl);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') {
        return stripTracking(resolved.toString());
      }
    } catch (error) {
      console.debug('sourcemark: ignoring a malformed canonical URL', candidate, error);
    }
  }
  return stripTracking(pageUrl);
}
