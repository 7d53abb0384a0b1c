/**
 * Roles stated in a sentence that refers back to an incident by another word than its report used
 * ("Mortar rounds fell on a market ... The shelling was blamed on X"): the reference fits no incident
 * by type, so clustering leaves it out, and its claim, denial or charge would be lost. Such a sentence
 * right after an incident's report is about that incident.
 */
import type { IncidentCluster } from './cluster';
import type { IncidentMention } from './mentions';
import { mergeRoles } from './roles';

/** How many sentences after an incident's last report a stray reference still means it. */
const REACH = 2;

function hasRoles(m: IncidentMention): boolean {
  return m.roles.claimedBy.length + m.roles.deniedBy.length + m.roles.blamedOn.length > 0;
}

/**
 * Merges into each incident the roles of the references back that no incident took, when the
 * incident was reported at most two sentences before and no other incident was told in between.
 */
export function attachStrayRoles(clusters: IncidentCluster[], mentions: IncidentMention[]): void {
  const owned = new Set<IncidentMention>();
  for (const c of clusters) for (const m of c.mentions) owned.add(m);
  for (const m of mentions) {
    if (owned.has(m) || m.strength !== 'weak' || !hasRoles(m)) continue;
    // "the December 2023 bombing", "another attack", "the raid on Dolm": a reference with its own day or
    // place, or told as another, is an event of its own, not more of the one just reported.
    if (m.date || m.period || m.another || m.places.some((p) => !p.country)) continue;
    let best: IncidentCluster | undefined;
    let bestSentence = -1;
    for (const c of clusters) {
      for (const x of c.mentions) {
        if (x.background || x.span.start >= m.span.start || x.sentence < bestSentence) continue;
        best = c;
        bestSentence = x.sentence;
      }
    }
    if (best && m.sentence - bestSentence <= REACH) best.roles = mergeRoles(best.roles, m.roles);
  }
}
