// One-to-one matching of gold items to predictions: best-scoring pair first, then as many pairs as can be.

export interface Matching {
  /** [goldIndex, predIndex] pairs; every index appears at most once. */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

/**
 * `score` returns null when the two items do not match, else a number where higher is better.
 * Pairs are taken best-scoring first; then, while a gold item left over can be matched by moving matched items to
 * other partners they also match, it is (an augmenting path, as in Kuhn's algorithm), so the count of pairs is the
 * largest the rule allows. Greedy alone is not: a prediction that matches two gold items may take the one that a
 * second prediction alone could have matched ("met the crown prince" matching a gold visit to his country too).
 */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P, gi: number, pi: number) => number | null): Matching {
  const candidates: { g: number; p: number; s: number }[] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const s = score(g, p, gi, pi);
    if (s !== null) candidates.push({ g: gi, p: pi, s });
  }));
  // Ties go to the earlier gold item and then the earlier prediction, so results are stable.
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const predOf = new Array<number>(gold.length).fill(-1);
  const goldOf = new Array<number>(pred.length).fill(-1);
  for (const c of candidates) {
    if (predOf[c.g] >= 0 || goldOf[c.p] >= 0) continue;
    predOf[c.g] = c.p;
    goldOf[c.p] = c.g;
  }
  // Each gold item's candidates, best first.
  const options: number[][] = gold.map(() => []);
  for (const c of candidates) options[c.g].push(c.p);
  const augment = (g: number, seen: Set<number>): boolean => {
    for (const p of options[g]) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (goldOf[p] < 0 || augment(goldOf[p], seen)) {
        predOf[g] = p;
        goldOf[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < gold.length; g++) if (predOf[g] < 0 && options[g].length > 0) augment(g, new Set());
  const pairs: [number, number][] = [];
  predOf.forEach((p, g) => {
    if (p >= 0) pairs.push([g, p]);
  });
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => predOf[i] < 0),
    unmatchedPred: pred.map((_, i) => i).filter((i) => goldOf[i] < 0),
  };
}
