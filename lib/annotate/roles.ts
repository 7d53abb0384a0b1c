/**
 * Gives people the title written before their name ("U.S. President Joe Biden", "the Prime Minister,
 * Masrour Barzani", "Kataib Hezbollah spokesman Mohammed Mohi") as a role, and drops such titles from
 * the list of bare role references used to resolve sources like "the Secretary of State".
 */
import type { RawMention, RoleRef } from './mention';
import { titleAt } from './titles';
import type { Token } from './tokenize';

/** The role written just before token `at`, with up to two qualifier words, or null. */
export function roleBefore(text: string, tokens: Token[], at: number, mentions: RawMention[]): { from: number; role: string } | null {
  let end = at;
  if (tokens[end - 1]?.text === ',') end--;
  for (let k = 1; k <= 5; k++) {
    const p = end - k;
    if (p < 0) break;
    if (titleAt(tokens, p, end) !== k) continue;
    let from = p;
    for (let q = 0; q < 3; q++) {
      const prev = tokens[from - 1];
      if (!prev || !prev.word || !prev.cap || prev.newlineBefore) break;
      const m = mentions.find((x) => x.to === from && x.kind !== 'person');
      if (m) { from = m.from; continue; }
      // ("Its facilitator, X": a sentence-initial determiner is no qualifier of the role.)
      if (/^(the|a|an|its|his|her|their|our|my|your)$/i.test(prev.text)) break;
      from--;
    }
    const start = tokens[from]?.start ?? 0;
    const stop = tokens[end - 1]?.end ?? start;
    return { from, role: text.slice(start, stop) };
  }
  return null;
}

/** Sets missing roles of person mentions and removes role references that were titles of a name. */
export function attachRoles(text: string, tokens: Token[], mentions: RawMention[], roleRefs: RoleRef[]): RoleRef[] {
  const titled = new Set<number>();
  for (const m of mentions) {
    if (m.kind !== 'person' && !(m.kind === 'unknown' && !m.handle)) continue;
    const r = roleBefore(text, tokens, m.from, mentions);
    if (!r) continue;
    if (!m.role || m.role.length < r.role.length) m.role = r.role;
    if (m.kind === 'unknown') m.kind = 'person';
    titled.add(m.from);
    if (tokens[m.from - 1]?.text === ',') titled.add(m.from - 1);
  }
  return roleRefs.filter((r) => !titled.has(r.to));
}
