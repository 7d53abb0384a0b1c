/**
 * The reader's site list: sites where Sourcemark must not annotate on its own (or, below such a
 * site, may again). Read by the background for every page, written by the popup's switch and the
 * options page. A site without a rule is on: the article test alone decides there.
 */
import type { SettingsDb, SiteRule } from '../store/settings-db';
import { SiteRuleSchema } from '../store/settings-db';
import { candidateKeys, siteKey } from './host';

/** What the site list says about one page. */
export interface SiteStatus {
  /** The page's site key, or null for pages that are no http(s) site. */
  site: string | null;
  /** False when the reader switched the site (or a parent site) off. */
  enabled: boolean;
  /** The rule that decided, when one did (it may be a parent's: "example.com" for "news.example.com"). */
  rule?: SiteRule;
}

/** The status of the page at `url`: the most specific rule wins; no rule means on. */
export async function siteStatus(db: SettingsDb, url: string): Promise<SiteStatus> {
  const site = siteKey(url);
  if (!site) return { site: null, enabled: false };
  const keys = candidateKeys(site);
  const rules = await db.sites.bulkGet(keys);
  const rule = rules.find((r): r is SiteRule => r !== undefined);
  return rule ? { site, enabled: rule.enabled, rule } : { site, enabled: true };
}

/** Switches Sourcemark on or off for a site (given as a URL or a host the reader typed). */
export async function setSiteEnabled(db: SettingsDb, input: string, enabled: boolean, now: number): Promise<SiteRule> {
  const site = siteKey(input);
  if (!site) throw new Error(`“${input.slice(0, 100)}” is not a web site`);
  const rule = SiteRuleSchema.parse({ site, enabled, changedAt: now });
  await db.sites.put(rule);
  return rule;
}

/** Removes a site's own rule: it follows its parent's rule, or the default (on), again. */
export async function forgetSite(db: SettingsDb, site: string): Promise<void> {
  await db.sites.delete(site);
}

/** Every rule, alphabetically by site, for the options page. */
export async function listSiteRules(db: SettingsDb): Promise<SiteRule[]> {
  return db.sites.orderBy('site').toArray();
}
