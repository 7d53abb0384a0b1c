/**
 * The messages of Sourcemark's trust controls, on ports of their own (so they never race the article
 * messages of lib/messages.ts): the content script asks the background whether its site is on; the
 * popup asks a tab's content script what it decided and can ask it to annotate now. Both ends check
 * the sender is this extension and validate with these zod/mini schemas (small in the content script),
 * each built on its first use (lib/lazy.ts).
 * Pages cannot open these ports: the manifest has no `externally_connectable`.
 */
import * as z from 'zod/mini';
import { lazy } from '../lazy';

/** Content script → background port: on connect, the background replies once with {@link SitePolicy}. */
export const SITE_POLICY_PORT = 'sourcemark-site-policy';
/** Popup → content script port (browser.tabs.connect). */
export const PAGE_CONTROL_PORT = 'sourcemark-page-control';

/** Background → content script: may Sourcemark annotate this page on its own? */
export const sitePolicySchema = lazy(() => z.object({
  type: z.literal('site-policy'),
  site: z.nullable(z.string()),
  enabled: z.boolean(),
}));
export type SitePolicy = z.infer<ReturnType<typeof sitePolicySchema>>;

/** Popup → content script. */
export const pageControlRequestSchema = lazy(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-status') }),
  z.object({ type: z.literal('annotate-now') }),
]));
export type PageControlRequest = z.infer<ReturnType<typeof pageControlRequestSchema>>;

/** Why the page was or was not annotated on its own (lib/sites/article-likeness.ts). */
export const autoReasonSchema = lazy(() => z.enum([
  'declared-article',
  'article-text',
  'too-little-text',
  'not-an-article',
  'site-off',
  'not-a-site',
]));
export type AutoReason = z.infer<ReturnType<typeof autoReasonSchema>>;

/** Content script → popup: what the page decided and where annotation stands. */
export const pageStatusSchema = lazy(() => z.object({
  type: z.literal('page-status'),
  site: z.nullable(z.string()),
  siteEnabled: z.boolean(),
  reason: autoReasonSchema(),
  /** idle: not asked; running; done: the page's article was sent and answered; failed. */
  state: z.enum(['idle', 'running', 'done', 'failed']),
}));
export type PageStatus = z.infer<ReturnType<typeof pageStatusSchema>>;
