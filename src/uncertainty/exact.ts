/**
 * Exact, order-independent sums of doubles: each addend is rounded once to a multiple of 2^-200
 * and kept as a BigInt count of those units. Adding block totals in any order, on any machine, gives
 * the same bits; the single rounding back to a double happens at the end.
 */
const SCALE = 2 ** 200;
/** How many units make 1 in the exact sums. */
export const EXACT_UNITS = 2n ** 200n;

/** Adds a buffer of doubles into exact running sums (same length). */
export const addExact = (sums: bigint[], values: Float64Array): void => {
  for (let k = 0; k < values.length; k++) {
    const x = values[k]!;
    if (x !== 0) sums[k] = sums[k]! + BigInt(Math.round(x * SCALE));
  }
};

/** Exact sums, as doubles (each correctly rounded from the exact BigInt). */
export const toDoubles = (sums: readonly bigint[]): number[] => sums.map((s) => Number(s) / SCALE);

/** Zeroed exact sums. */
export const zeroSums = (length: number): bigint[] => new Array<bigint>(length).fill(0n);

/** Adds a block's tallies into exact running sums (the keys they share). */
export const addExactFrom = (
  sums: {
    readonly rank: bigint[];
    readonly wins: bigint[];
    readonly ties: bigint[];
    readonly central: bigint[];
  },
  tally: {
    readonly rank: Float64Array;
    readonly shared: Float64Array;
    readonly wins: Float64Array;
    readonly ties: Float64Array;
    readonly central: Float64Array;
  },
): void => {
  addExact(sums.rank, tally.rank);
  addExact(sums.rank, tally.shared);
  addExact(sums.wins, tally.wins);
  addExact(sums.ties, tally.ties);
  addExact(sums.central, tally.central);
};
