/**
 * Average ranks of ordinal positions (lower is better; any numbers, ties allowed): a value's rank is
 * 1 + the number of smaller values + (the number of equal values − 1) / 2, as Spearman's and
 * Kendall's coefficients need.
 */
export const averageRanks = (positions: readonly number[]): number[] =>
  positions.map((p) => {
    let smaller = 0;
    let equal = 0;
    for (const q of positions) {
      if (q < p) smaller++;
      else if (q === p) equal++;
    }
    return 1 + smaller + (equal - 1) / 2;
  });

/**
 * Spearman's rank correlation ρ between two rankings (positions, lower is better; ties allowed):
 * Pearson's correlation of the average ranks.
 * Returns null when either ranking puts every option level (ρ is undefined then), never NaN.
 *
 * @example
 * ```ts
 * spearman([1, 2, 3, 4], [1, 2, 4, 3]); // 0.8
 * spearman([1, 1, 1], [1, 2, 3]); // null
 * ```
 */
export const spearman = (a: readonly number[], b: readonly number[]): number | null => {
  const x = averageRanks(a);
  const y = averageRanks(b);
  const mean = (v: number[]) => v.reduce((s, t) => s + t, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) * (x[i]! - mx);
    syy += (y[i]! - my) * (y[i]! - my);
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
};

/**
 * Kendall's τ-b between two rankings (ranks, 1 = best; ties allowed): (concordant − discordant) /
 * √((pairs − ties in a)(pairs − ties in b)). Returns null when either ranking is all ties.
 *
 * @example
 * ```ts
 * kendall([1, 2, 3], [3, 2, 1]); // -1
 * ```
 */
export const kendall = (a: readonly number[], b: readonly number[]): number | null => {
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  let pairs = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      pairs++;
      const da = Math.sign(a[i]! - a[j]!);
      const db = Math.sign(b[i]! - b[j]!);
      if (da === 0) tiesA++;
      if (db === 0) tiesB++;
      if (da !== 0 && db !== 0) {
        if (da === db) concordant++;
        else discordant++;
      }
    }
  }
  const denominator = Math.sqrt((pairs - tiesA) * (pairs - tiesB));
  return denominator === 0 ? null : (concordant - discordant) / denominator;
};
