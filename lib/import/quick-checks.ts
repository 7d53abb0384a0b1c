/**
 * Quick record checks for the three largest tables of an export (mentions, appearances, attributions:
 * over a million records for 10,000 articles), where zod's per-record cost was most of the validation
 * time. Each check is STRICTER than the table's zod schema: it accepts a record only when the schema
 * accepts it unchanged (the exact fields, nothing unknown for zod to strip), so an accepted record is
 * used as parsed. Anything else goes through zod, which then decides and names the problem, so what is
 * accepted and every message stay exactly zod's (quick-checks.test.ts checks the agreement).
 */
import type { TableName } from '../export/format';

type Json = Record<string, unknown>;

/** Safe, positive integer: the schemas' ids. */
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTimestamp = (v: unknown): v is number => isCount(v) && v <= 8.64e15;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own keys all among `allowed` (so zod would strip nothing). */
function onlyKeys(r: Json, allowed: ReadonlySet<string>): boolean {
  for (const k of Object.keys(r)) if (!allowed.has(k)) return false;
  return true;
}

const QUOTE_KEYS = new Set(['start', 'end', 'exact', 'prefix', 'suffix']);

/** The quote fields of a span (start ≤ end), on `r` itself. */
function spanFields(r: Json): boolean {
  return isCount(r.start) && isCount(r.end) && r.end >= r.start && typeof r.exact === 'string' && typeof r.prefix === 'string' && typeof r.suffix === 'string';
}

function isSpanQuote(v: unknown): boolean {
  return isObject(v) && spanFields(v) && onlyKeys(v, QUOTE_KEYS);
}

const MENTION_KEYS = new Set(['id', 'articleId', 'entityId', ...QUOTE_KEYS]);
const APPEARANCE_KEYS = new Set(['entityId', 'articleId', 'visited', 'mentionCount', 'sentence', 'quote']);
const ATTRIBUTION_KEYS = new Set(['id', 'articleId', 'source', 'sourceEntityId', 'cue', 'channel', 'anonymous', 'quote', 'content']);

const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isString = (v: unknown) => typeof v === 'string';

/** ExportMentionSchema, quickly. */
export function quickMention(v: unknown): boolean {
  return isObject(v) && isId(v.id) && isId(v.articleId) && isId(v.entityId) && spanFields(v) && onlyKeys(v, MENTION_KEYS);
}

/** ExportAppearanceSchema, quickly. */
export function quickAppearance(v: unknown): boolean {
  return (
    isObject(v) &&
    isId(v.entityId) &&
    isId(v.articleId) &&
    isTimestamp(v.visited) &&
    isId(v.mentionCount) &&
    typeof v.sentence === 'string' &&
    isSpanQuote(v.quote) &&
    onlyKeys(v, APPEARANCE_KEYS)
  );
}

/** ExportAttributionSchema, quickly. */
export function quickAttribution(v: unknown): boolean {
  return (
    isObject(v) &&
    isId(v.id) &&
    isId(v.articleId) &&
    typeof v.source === 'string' &&
    v.source.length > 0 &&
    optional(v.sourceEntityId, isId) &&
    typeof v.cue === 'string' &&
    optional(v.channel, isString) &&
    typeof v.anonymous === 'boolean' &&
    isSpanQuote(v.quote) &&
    optional(v.content, isString) &&
    onlyKeys(v, ATTRIBUTION_KEYS)
  );
}

/** The quick check of a table, where it has one. */
export const QUICK_CHECKS: Partial<Record<TableName, (v: unknown) => boolean>> = {
  mentions: quickMention,
  appearances: quickAppearance,
  attributions: quickAttribution,
};
