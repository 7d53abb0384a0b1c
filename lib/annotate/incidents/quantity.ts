/**
 * How many projectiles an incident involved ("three rockets", "a dozen ballistic missiles", "at least
 * eight rockets"). Vague amounts ("dozens of rockets") give nothing.
 */
import { COUNT_SOURCE, parseCount } from './numbers';

const MUNITION = String.raw`(?:rockets?|missiles?|drones?|uavs?|mortars?|mortar (?:rounds|shells|bombs)|shells|projectiles|bombs|katyushas?|grenades|explosive devices)`;
/**
 * Words between a count and the munition may describe it ("three Grad rockets"), but a casualty or a
 * clause word means the count is of something else ("32 wounded when shells struck").
 */
const BETWEEN = String.raw`(?!(?:when|and|were|was|killed|wounded|injured|dead|hurt|people|civilians|as|after|while|by|in)\b)[\p{L}-]+`;
/** "four drone attacks", "two rocket strikes": the weapon qualifies a count of events, not of projectiles. */
const NOT_EVENTS = String.raw`(?!\s+(?:attacks?|strikes?|raids?|incidents?|assaults?|operations?|sightings?|warnings?|alerts?)\b)`;
const QUANTITY_RE = new RegExp(String.raw`\b(${COUNT_SOURCE})\s+(?:${BETWEEN}\s+){0,2}?${MUNITION}\b${NOT_EVENTS}`, 'giu');

/** "a rocket was fired from X", "one missile was launched": a single projectile told with its launch. */
const ONE_FIRED_RE = /\b(?:an?|one|a single)\s+(?:[\p{L}-]+\s+)?(?:rocket|missile|mortar (?:round|shell|bomb)|drone)\s+(?:was|had been|has been)\s+(?:fired|launched)\b/iu;

/** The largest projectile count stated in a clause, if any. */
export function extractQuantity(clause: string): number | undefined {
  let best: number | undefined;
  for (const m of clause.matchAll(QUANTITY_RE)) {
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    if (/\b(?:the|of)\s*$/i.test(before) && /^(?:one|two)\b/i.test(m[1] ?? '')) continue;
    const n = parseCount(m[1] ?? '');
    if (n !== undefined && n > 0 && (best === undefined || n > best)) best = n;
  }
  return best ?? (ONE_FIRED_RE.test(clause) ? 1 : undefined);
}
