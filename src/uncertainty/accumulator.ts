import * as E from "fp-ts/lib/Either.js";
import { fail, type PolicyMatrixError } from "../errors";
import { addExactFrom, zeroSums } from "./exact";
import { BLOCK, makeTally, runSamples, type Sampler } from "./sampler";
import type { SampleRange } from "./smaa-options";

/**
 * SMAA tallies over some samples, as plain JSON-able data: exact sums (BigInt as decimal strings)
 * of rank counts, pairwise wins and first-place weights. Shards of one run merge exactly, in any
 * order, into the same bits as a single run.
 */
export interface SmaaAccumulator {
  readonly rows: number;
  readonly columns: number;
  readonly seed: number;
  /** The sample ranges covered, sorted, never overlapping. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly rank: readonly string[];
  readonly wins: readonly string[];
  readonly ties: readonly string[];
  readonly central: readonly string[];
}

/** Running exact sums during a run. */
export interface Sums {
  readonly rank: bigint[];
  readonly wins: bigint[];
  readonly ties: bigint[];
  readonly central: bigint[];
}

/** Zeroed sums for a problem of this size. */
export const zeroTotals = (rows: number, columns: number): Sums => ({
  rank: zeroSums(rows * rows),
  wins: zeroSums(rows * rows),
  ties: zeroSums(rows * rows),
  central: zeroSums(rows * columns),
});

/** Runs one block (its samples within [start, end)) and adds its tallies, exactly. */
export const runBlock = (s: Sampler, block: number, range: SampleRange, sums: Sums): void => {
  const tally = makeTally(s.rows, s.columns);
  runSamples(s, Math.max(range.start, block * BLOCK), Math.min(range.end, (block + 1) * BLOCK), tally);
  addExactFrom(sums, tally);
};

/** The blocks a range covers. */
export const blocksOf = (range: SampleRange): number[] => {
  const first = Math.floor(range.start / BLOCK);
  const last = Math.ceil(range.end / BLOCK);
  return Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k);
};

/** Checks that a shard's range lies on block boundaries (so that shards merge into a single run's bits). */
export const checkRange = (range: SampleRange, samples: number): E.Either<PolicyMatrixError, SampleRange> => {
  if (!(
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    0 <= range.start &&
    range.start < range.end
  )) {
    return fail(
      "invalid-input",
      "range",
      `expected whole numbers 0 <= start < end, got [${range.start}, ${range.end})`,
    );
  }
  if (range.end > samples)
    return fail("invalid-input", "range.end", `expected at most ${samples} (the samples), got ${range.end}`);
  if (range.start % BLOCK !== 0)
    return fail("invalid-input", "range.start", `expected a multiple of ${BLOCK}, got ${range.start}`);
  if (range.end % BLOCK !== 0 && range.end !== samples) {
    return fail(
      "invalid-input",
      "range.end",
      `expected a multiple of ${BLOCK} or ${samples}, got ${range.end}`,
    );
  }
  return E.right(range);
};

/** Freezes running sums into an accumulator. */
export const toAccumulator = (
  s: Sampler,
  ranges: readonly (readonly [number, number])[],
  sums: Sums,
): SmaaAccumulator => ({
  rows: s.rows,
  columns: s.columns,
  seed: s.seed,
  ranges: [...ranges].map(([a, b]) => [a, b] as const).sort((x, y) => x[0] - y[0]),
  rank: sums.rank.map(String),
  wins: sums.wins.map(String),
  ties: sums.ties.map(String),
  central: sums.central.map(String),
});

/** Merges accumulators of one run (same problem size and seed, ranges that do not overlap); see `mergeSmaa`. */
export const mergeSmaaEither = (
  parts: readonly SmaaAccumulator[],
): E.Either<PolicyMatrixError, SmaaAccumulator> => {
  const first = parts[0];
  if (!first) return fail("invalid-input", "accumulators", "expected at least one accumulator");
  for (const [k, part] of parts.entries()) {
    if (part.rows !== first.rows || part.columns !== first.columns || part.seed !== first.seed) {
      return fail(
        "invalid-input",
        `accumulators[${k}]`,
        "accumulators of different problems or seeds do not merge",
      );
    }
  }
  const ranges = parts.flatMap((p) => p.ranges).sort((x, y) => x[0] - y[0]);
  for (let k = 1; k < ranges.length; k++) {
    if (ranges[k]![0] < ranges[k - 1]![1]) {
      return fail(
        "invalid-input",
        "accumulators",
        `sample ranges overlap at ${ranges[k]![0]}: a sample would count twice`,
      );
    }
  }
  const add = (key: "rank" | "wins" | "ties" | "central") =>
    first[key].map((_, i) => parts.reduce((s, p) => s + BigInt(p[key][i]!), 0n).toString());
  return E.right({
    ...first,
    ranges,
    rank: add("rank"),
    wins: add("wins"),
    ties: add("ties"),
    central: add("central"),
  });
};
