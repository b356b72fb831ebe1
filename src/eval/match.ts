// One-to-one matching of gold items to predictions: greedy, best-scoring pair first.

export interface Matching {
  /** [goldIndex, predIndex] pairs; every index appears at most once. */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

/**
 * `score` returns null when the two items do not match, else a number where higher is better.
 * Greedy best-first is not an optimal assignment, but with the few items per article that
 * gold files hold it almost never differs, and it is easy to explain in a report.
 */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P, gi: number, pi: number) => number | null): Matching {
  const candidates: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const s = score(g, p, gi, pi);
    if (s !== null) candidates.push({ g: gi, p: pi, s });
  }));
  // Ties go to the earlier gold item and then the earlier prediction, so results are stable.
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    pairs.push([c.g, c.p]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !usedGold.has(i)),
    unmatchedPred: pred.map((_, i) => i).filter((i) => !usedPred.has(i)),
  };
}
