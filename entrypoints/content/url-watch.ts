/**
 * Notices single-page-app navigation: a new URL is a new article. The content script cannot patch the
 * page's history functions (it lives in an isolated world), so it listens to the Navigation API where
 * the browser has it, to popstate/hashchange, and checks the URL whenever the page changes.
 */

/** The part of a URL that names an article: no fragment. */
export function articleKeyOf(href: string): string {
  const at = href.indexOf('#');
  return at === -1 ? href : href.slice(0, at);
}

interface NavigationLike extends EventTarget {}

/** Calls `onChange(newHref)` whenever the page's URL (without fragment) changes; `check` forces a look. */
export function watchUrl(onChange: (href: string) => void, signal: AbortSignal): { check(): void } {
  let last = articleKeyOf(location.href);
  const check = () => {
    const now = articleKeyOf(location.href);
    if (now === last) return;
    last = now;
    onChange(location.href);
  };
  // Checking after the current task lets the page finish its pushState before the URL is read.
  const later = () => setTimeout(check, 0);
  addEventListener('popstate', later, { signal });
  addEventListener('hashchange', later, { signal });
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', later, { signal });
  navigation?.addEventListener('currententrychange', later, { signal });
  return { check };
}
