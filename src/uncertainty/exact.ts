/**
 * Exact, order-independent sums of SMAA's tallies, in a compact form. Most tallies are whole
 * counts (a rank held, a pairwise win or tie): their sums are kept as doubles, exact for every
 * whole number below 2^53 (far beyond the 10^10 samples a run may take). The rest are fractions
 * (a rank shared by tied options) and first-place weights: each addend is rounded once to a
 * multiple of 2^-200 and kept as a BigInt count of those units, the shared ranks only where a tie
 * happened. Adding block totals in any order, on any machine, gives the same bits; the single
 * rounding back to a double happens at the end.
 */
const SCALE = 2 ** 200;
/** How many units make 1 in the exact sums. */
export const EXACT_UNITS = 2n ** 200n;

/** A double as exact units (rounded once). */
export const toUnits = (x: number): bigint => BigInt(Math.round(x * SCALE));

/** Exact units as a double (correctly rounded). */
export const fromUnits = (units: bigint): number => Number(units) / SCALE;

/** Adds a buffer of doubles into exact running sums in units (same length). */
export const addExact = (sums: bigint[], values: Float64Array): void => {
  for (let k = 0; k < values.length; k++) {
    const x = values[k]!;
    if (x !== 0) sums[k] = sums[k]! + toUnits(x);
  }
};

/** Adds whole counts into running sums (exact while below 2^53). */
export const addCounts = (sums: Float64Array, counts: Float64Array): void => {
  for (let k = 0; k < counts.length; k++) {
    const x = counts[k]!;
    if (x !== 0) sums[k] = sums[k]! + x;
  }
};

/** Adds the nonzero entries of a buffer of doubles into sparse exact sums, by index. */
export const addSparse = (sums: Map<number, bigint>, values: Float64Array): void => {
  for (let k = 0; k < values.length; k++) {
    const x = values[k]!;
    if (x !== 0) sums.set(k, (sums.get(k) ?? 0n) + toUnits(x));
  }
};

/** Zeroed exact sums in units. */
export const zeroSums = (length: number): bigint[] => new Array<bigint>(length).fill(0n);

/** Running sums of a run: whole counts, sparse shared ranks, first-place weights. */
export interface Sums {
  /** Ranks held alone (whole counts), row-major option × rank. */
  readonly rank: Float64Array;
  /** Ranks shared by tied options, in units, only where a tie happened. */
  readonly shared: Map<number, bigint>;
  /** Pairwise strict wins (whole counts), a before b for a < b. */
  readonly wins: Float64Array;
  /** Pairwise exact ties (whole counts), for a < b. */
  readonly ties: Float64Array;
  /** First-place weights, in units, row-major option × criterion. */
  readonly central: bigint[];
}

/** Adds a block's tallies into running sums, exactly. */
export const addExactFrom = (
  sums: Sums,
  tally: {
    readonly rank: Float64Array;
    readonly shared: Float64Array;
    readonly wins: Float64Array;
    readonly ties: Float64Array;
    readonly central: Float64Array;
  },
): void => {
  addCounts(sums.rank, tally.rank);
  addSparse(sums.shared, tally.shared);
  addCounts(sums.wins, tally.wins);
  addCounts(sums.ties, tally.ties);
  addExact(sums.central, tally.central);
};
