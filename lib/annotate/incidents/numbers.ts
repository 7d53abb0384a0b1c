/**
 * Counts written the way news copy writes them ("three", "a dozen", "at least 12", "1,200"), so the
 * quantity and casualty extractors share one reading of numbers.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2, pair: 2,
};

/**
 * Regex source for one count phrase with its optional hedge ("at least", "more than"). Exported so
 * the extractors build their patterns from the same vocabulary the parser understands.
 */
export const COUNT_SOURCE =
  String.raw`(?:(?:at least|at most|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|roughly|approximately)\s+)?` +
  String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+|a (?:dozen|couple of|pair of|single)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|` +
  String.raw`zero|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|dozen)`;

/**
 * Reads one count phrase matched by COUNT_SOURCE ("at least eight" → 8, "a dozen" → 12). Returns
 * undefined for anything it cannot read as an exact number.
 */
export function parseCount(phrase: string): number | undefined {
  const p = phrase
    .toLowerCase()
    .replace(/^(?:at least|at most|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|roughly|approximately)\s+/, '')
    .replace(/\s+of$/, '')
    .trim();
  if (/^\d[\d,]*$/.test(p)) {
    const n = Number(p.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  const words = p.replace(/^(?:a|one)\s+(?=hundred|dozen|couple|pair|single)/, '').split(/[\s-]+/);
  let total = 0;
  for (const w of words) {
    const v = UNITS[w];
    if (v === undefined) return undefined;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return words.length ? total : undefined;
}
