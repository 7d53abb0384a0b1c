/**
 * Probes for the hostile-input suites: whether an injected payload ran (the fixtures' payloads all
 * set `window.__pwned`), whether any element carries an inline event handler or a javascript: link,
 * and how long a page stayed frozen.
 */
import type { Page } from '@playwright/test';

/** What a view contains that could execute: payload flag, handler attributes, script-URL links. */
export interface ExecutionProbe {
  pwned: unknown;
  handlerElements: string[];
  scriptLinks: string[];
  scripts: number;
}

/** Looks for executed payloads and executable markup in the page's light DOM. */
export async function probeExecution(page: Page): Promise<ExecutionProbe> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const handlerElements = all
      .filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 120));
    const scriptLinks = Array.from(document.querySelectorAll('a[href], area[href], iframe[src], form[action]'))
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
      .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href));
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlerElements,
      scriptLinks,
      scripts: document.querySelectorAll('body script').length,
    };
  });
}
