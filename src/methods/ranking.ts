/** Scores within this relative distance of each other are a tie: |a − b| <= TIE_TOLERANCE × max(1, |a|, |b|). */
export const TIE_TOLERANCE = 1e-9;

/** A ranking of options by score: best first, ties detected with a stated tolerance. */
export interface Ranking {
  /** Option indices, best first; ties keep their input order, so the order is deterministic. */
  readonly order: readonly number[];
  /** Rank of each option (1 = best); tied options share the best rank of their group (1, 2, 2, 4). */
  readonly ranks: readonly number[];
  /** Groups of two or more option indices whose scores tie, each in `order` order. */
  readonly ties: readonly (readonly number[])[];
}

/** Whether two scores tie (within `TIE_TOLERANCE`). */
export const tied = (a: number, b: number): boolean =>
  Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Ranks options by score, higher first. Scores that tie (within `TIE_TOLERANCE`) share a rank; a
 * run of scores each tied to the next forms one group.
 *
 * @example
 * ```ts
 * rankScores([0.2, 0.9, 0.2]); // { order: [1, 0, 2], ranks: [2, 1, 2], ties: [[0, 2]] }
 * ```
 */
export const rankScores = (scores: ArrayLike<number>): Ranking => {
  const byScore = Array.from({ length: scores.length }, (_, i) => i).sort(
    (a, b) => scores[b]! - scores[a]! || a - b,
  );
  const groups: number[][] = [];
  byScore.forEach((index, position) => {
    const previous = byScore[position - 1];
    const last = groups[groups.length - 1];
    if (last && previous !== undefined && tied(scores[previous]!, scores[index]!)) last.push(index);
    else groups.push([index]);
  });
  const ranks = new Array<number>(scores.length).fill(0);
  const order: number[] = [];
  for (const group of groups) {
    group.sort((a, b) => a - b);
    const rank = order.length + 1;
    for (const index of group) ranks[index] = rank;
    for (const k of group) order.push(k);
  }
  return { order, ranks, ties: groups.filter((g) => g.length > 1) };
};
