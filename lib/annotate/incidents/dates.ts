/**
 * Dates of events, fixed to the day against the article's publication date with chrono-node:
 * "on Monday" is the last Monday on or before publication, "Feb. 15" the last Feb. 15 before it;
 * "last month" or "days later" fix no day and give nothing.
 */
import * as chrono from 'chrono-node';
import { REPORT_WORD_RE, TRIGGERS } from './lexicon';

/**
 * One date found in a text range: a day ("2021-02-15"), or only a month ("2021-02") or a year
 * ("2020") when the text gives no day. `report`: it dates a statement, not an event.
 */
export interface DateHit {
  date: string;
  precision: 'day' | 'month' | 'year';
  start: number;
  end: number;
  report: boolean;
}

interface Ymd { y: number; m: number; d: number }

const pad = (n: number): string => String(n).padStart(2, '0');
const fmt = (t: Ymd): string => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const toUtc = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d);
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const DAY = 86_400_000;

/** The publication day of an ISO date or date-time string ("2021-02-23", "2021-02-23T08:00:00Z"). */
export function publicationDay(publishedTime: string | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedTime ?? '');
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const VAGUE_RE = /\b(?:week|weeks|weekend|decade)\b/i;
const PERIOD_RE = /\b(?:month|months|year|years)\b/i;
/** Lengths of time ("for 40 minutes", "two hours"): no day unless a day is named with them. */
const DURATION_RE = /\b(?:seconds?|minutes?|hours?)\b/i;
const DAY_NAMED_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:today|yesterday|tonight)\b/i;
const YEAR_RE = /(?<=\b(?:in|since|during|early|late|mid|the|of|until|by)[\s-])(?:19[5-9]\d|20\d\d)\b/gi;
const STATEMENT_VERB_AFTER_RE =
  /^\s*,?\s*(?:said|says|told|announced|confirmed|stated|reported|tweeted|wrote|blamed|accused|denied|claimed|condemned|warned|vowed|urged|called|asked|pledged|promised|rejected|demanded)\b/i;
/** "claimed responsibility on Wednesday for ...": the day of the claim, not of the attack. */
const CLAIM_WORD_RE = /^(?:claimed|claiming|responsibility|credit)$/i;
/** "said in a report on Oct. 3 that soldiers had shot ...": a document's day, not the act's. */
const DOCUMENT_WORD_RE = /^(?:report|reports|bulletin|communiqu[eé]|release|warning)$/i;
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const PART_OF_DAY_OF_RE = new RegExp(String.raw`\b(?:night|evening|morning|afternoon)\s+of(?=\s+(?:${MONTH_WORD}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}))`, 'gi');
/** "this morning", "this afternoon": the publication day, as wire copy writes the same day's events. */
const THIS_PART_OF_DAY_RE = /^(?:earlier\s+|late\s+)?this\s+(?:morning|afternoon|evening)$/i;
/** A bare weekday as chrono reads it ("Sunday"). */
const WEEKDAY_ONLY_RE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** Nouns a weekday may qualify ("Sunday Mass", "Friday prayers", "the Saturday market"). */
const WEEKDAY_NOUN_AFTER_RE = /^\s+(?:mass|masses|prayers?|services?|sermons?|worship|market|markets|school|edition|papers?|liturgy|vigil)\b/i;
/** A date counted from another event ("three days after the attack", "the next day"), not from publication. */
const FROM_EVENT_RE = /\b(?:after|later|before|earlier|prior to)\b|\b(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b/i;
const TRIGGER_WORD_RE = new RegExp(TRIGGERS.map((t) => t.re.source).join('|'), 'i');

/** Whether the date at [start, end) dates a statement ("said on Tuesday", "On Monday, Reuters cited"). */
function isReportDate(text: string, rangeStart: number, start: number, end: number): boolean {
  const before = text.slice(rangeStart, start);
  const words = before.split(/\s+/).filter(Boolean).slice(-4);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (TRIGGER_WORD_RE.test(w)) break;
    if (REPORT_WORD_RE.test(w) || CLAIM_WORD_RE.test(w) || DOCUMENT_WORD_RE.test(w)) return true;
  }
  // "Prosecutors charged three members of X over that attack last month": the day of the charge, not of the attack.
  if (/\b(?:charged|indicted|convicted|sentenced|arrested|detained|jailed)\b[^.;]{0,100}\b(?:over|for|in connection with)\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) return true;
  // "the toll from the strike rose to at least 14 dead on Wednesday": the day the toll rose, not the day of the strike.
  if (/\btoll\b[^.;]{0,160}\b(?:rose|rises|climbed|climbs|reached|reaches|stood|stands|increased)\b[^.;]{0,50}$/i.test(before)) return true;
  const after = text.slice(end, end + 80);
  // "X on Tuesday blamed / denied / vowed ...": the date is of what X said or did about the event.
  if (STATEMENT_VERB_AFTER_RE.test(after)) return true;
  if (/^\s*(?:file )?photo\b/i.test(after)) return true;
  if (before.trim().split(/\s+/).filter(Boolean).length <= 1) {
    // "On Friday, gunmen who said they belonged to X seized ...": speech inside a relative clause describes the doers.
    const next = after.replace(/^\s*,?\s*/, '').split(/\s+/).slice(0, 6).join(' ').replace(/\b(?:who|which|that)\s+(?:\w+\s+)?(?:said|says|claimed|claims)\b.*$/i, '');
    if (REPORT_WORD_RE.test(next)) return true;
    // "On Tuesday, the ground forces of the Islamic Revolutionary Guard Corps said they had hit ...": a
    // long subject named before the verb of speech; the day is when they spoke, not when they struck.
    // A report of an act already done ("said they had hit") dates the saying; "reported two explosions" may date the act.
    const subject = /^\s*,\s*((?:the|a|an)\s+[^,;:"“]{0,90}?)\s(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they|he|she|its\s+\w+|their\s+\w+)\s+(?:had|have|has)\b/i.exec(text.slice(end, end + 160));
    if (subject?.[1] && !TRIGGER_WORD_RE.test(subject[1]) && !/\b(?:who|which|that)\b/i.test(subject[1])) return true;
  }
  return false;
}

/**
 * Dates in text[from, to), resolved against the publication day: days where the text fixes one,
 * else months or years ("last month", "in 2020"). Without a publication day only dates with an
 * explicit year are kept.
 */
export function findDates(text: string, from: number, to: number, publishedTime?: string): DateHit[] {
  const pub = publicationDay(publishedTime);
  const ref = pub ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const slice = text.slice(from, to);
  const out: DateHit[] = [];
  // "on the night of March 3": chrono reads "night of" as tonight; blanked (same length) it reads the day.
  const readable = slice.replace(PART_OF_DAY_OF_RE, (m) => ' '.repeat(m.length));
  for (const r of chrono.parse(readable, { instant: ref, timezone: 0 })) {
    if (VAGUE_RE.test(r.text)) continue;
    // "and now they bomb the market": "now" is the speaker's present, no day.
    if (/^(?:now|right now|just now|by now)$/i.test(r.text.trim())) continue;
    // "fired for about 40 minutes", "within hours": a length of time, which chrono reads as from now.
    if (DURATION_RE.test(r.text) && !DAY_NAMED_RE.test(r.text)) continue;
    if (FROM_EVENT_RE.test(r.text) && !/\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(r.text)) continue;
    // "during Sunday Mass", "after Friday prayers", "the Saturday market": a weekday qualifying a noun names no day.
    if (WEEKDAY_ONLY_RE.test(r.text) && WEEKDAY_NOUN_AFTER_RE.test(readable.slice(r.index + r.text.length))) continue;
    const c = r.start;
    const start = from + r.index;
    const end = start + r.text.replace(/[\s,.;:]+$/, '').length;
    let day: Ymd | undefined;
    if (pub && THIS_PART_OF_DAY_RE.test(r.text)) {
      out.push({ date: fmt(pub), precision: 'day', start, end, report: isReportDate(text, from, start, end) });
      continue;
    }
    if (PERIOD_RE.test(r.text) || !c.isCertain('day') && !c.isCertain('weekday')) {
      const y = c.get('year');
      const m = c.get('month');
      if (y === null || (!pub && !c.isCertain('year'))) continue;
      const precise = c.isCertain('month') && m !== null;
      let year = y;
      if (precise && !c.isCertain('year') && pub && (y > pub.y || (y === pub.y && m > pub.m))) year = pub.y - 1;
      const date = precise ? `${year}-${pad(m)}` : String(year);
      if (pub && (year > pub.y || (precise && year === pub.y && m > pub.m))) continue;
      if (precise || c.isCertain('year')) out.push({ date, precision: precise ? 'month' : 'year', start, end, report: isReportDate(text, from, start, end) });
      continue;
    }
    if (c.isCertain('day') && c.isCertain('month') && c.isCertain('year')) {
      const y = c.get('year');
      const m = c.get('month');
      const d = c.get('day');
      if (y !== null && m !== null && d !== null) day = { y, m, d };
      if (!pub && !/\d{4}/.test(r.text)) day = undefined;
    } else if (pub && c.isCertain('day') && c.isCertain('month')) {
      const m = c.get('month');
      const d = c.get('day');
      if (m !== null && d !== null) {
        day = { y: pub.y, m, d };
        if (toUtc(day) > toUtc(pub) + 2 * DAY) day = { y: pub.y - 1, m, d };
      }
    } else if (pub && c.isCertain('weekday') && !c.isCertain('day')) {
      const wd = c.get('weekday');
      if (wd !== null) {
        const pubWd = new Date(toUtc(pub)).getUTCDay();
        day = fromUtc(toUtc(pub) - ((pubWd - wd + 7) % 7) * DAY);
      }
    }
    if (!day) continue;
    // An event is reported after it happened: a day well after publication is a misreading.
    if (pub && toUtc(day) > toUtc(pub) + 2 * DAY) continue;
    out.push({ date: fmt(day), precision: 'day', start, end, report: isReportDate(text, from, start, end) });
  }
  for (const m of slice.matchAll(YEAR_RE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (out.some((d) => d.start <= start && end <= d.end)) continue;
    out.push({ date: m[0], precision: 'year', start, end, report: isReportDate(text, from, start, end) });
  }
  return monthOfYear(text, out.sort((a, b) => a.start - b.start));
}

/**
 * "In March last year", "in May of 2023": a month (or a day) read alone, in this year, and the year
 * right after it are one month (or day) of that year.
 */
function monthOfYear(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (a && b && a.precision === 'month' && b.precision === 'year' && /^\s+(?:of\s+)?$/.test(text.slice(a.end, b.start))) {
      out.push({ date: `${b.date}${a.date.slice(4)}`, precision: 'month', start: a.start, end: b.end, report: a.report || b.report });
      i++;
      continue;
    }
    // "Feb. 16 last year", "March 3 of 2024": a day read in this year and the year right after it are that day of that year.
    if (a && b && a.precision === 'day' && b.precision === 'year' && /^\s+(?:of\s+)?$/.test(text.slice(a.end, b.start))) {
      out.push({ date: `${b.date}${a.date.slice(4)}`, precision: 'day', start: a.start, end: b.end, report: a.report || b.report });
      i++;
      continue;
    }
    if (a) out.push(a);
  }
  return out;
}
