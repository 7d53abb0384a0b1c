/**
 * Text normalisation shared by the gazetteer, the coreference rules and the CLI: case, diacritics,
 * typographic quotes and the Arabic article "al-", so "Al-Kadhimi" and "al-Kadhimi" compare equal.
 */

/** Lower case without diacritics, with straight apostrophes. */
export function normToken(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`ʼ]/g, "'").toLowerCase();
}

/** A comparison key for a whole name: normalised tokens, hyphens as spaces, single spaces. */
export function nameKey(s: string): string {
  return normToken(s).replace(/[‐‑–—-]/g, ' ').replace(/['’]s\b/g, '').replace(/\s+/g, ' ').trim();
}

/** A name key that also ignores Arabic articles and middle initials ("Antony J. Blinken"). */
export function looseNameKey(s: string): string {
  return nameKey(s)
    .split(' ')
    .filter((w) => !/^(al|el|al'|the)$/.test(w) && !/^[a-z]\.?$/.test(w))
    .join(' ');
}

/** Levenshtein distance, capped: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
