/**
 * A site, as the reader names it in the site list: a host without "www.", matched with its
 * subdomains. Pure string logic, shared by the background (which decides), the popup (which toggles)
 * and the options page (which lists), so all three agree on what "this site" is.
 */

/** Longest host accepted (DNS allows 253 characters). */
export const MAX_HOST_LENGTH = 253;

const HOST_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The site key of a URL or of what a reader typed ("https://www.Example.com/news", "example.com"):
 * lower-case host without a leading "www." and without port; undefined for anything that is not an
 * http(s) site (a browser page, a file, garbage), which has no entry in the site list.
 */
export function siteKey(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    // Not a URL at all: the reader typed something else; callers show "not a site".
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (isIpv6(host)) return host;
  return HOST_PATTERN.test(host) ? host : undefined;
}

function isIpv6(host: string): boolean {
  return host.startsWith('[') && host.endsWith(']');
}

/**
 * The site keys that could hold a rule for `host`, most specific first: "news.example.co.uk" →
 * news.example.co.uk, example.co.uk, co.uk. A rule on a parent covers its subdomains; the most
 * specific rule wins, so "example.com: off" with "blog.example.com: on" works as a reader expects.
 */
export function candidateKeys(host: string): string[] {
  if (isIpv6(host) || /^\d+(\.\d+){3}$/.test(host)) return [host];
  const parts = host.split('.');
  const keys: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) keys.push(parts.slice(i).join('.'));
  return keys.length ? keys : [host];
}
