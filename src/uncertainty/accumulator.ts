import * as E from "fp-ts/lib/Either.js";
import { z } from "zod";
import { fail, fromZodError, type PolicyMatrixError } from "../errors";
import { addExactFrom, EXACT_UNITS, zeroSums } from "./exact";
import { BLOCK, makeTally, runSamples, type Sampler } from "./sampler";
import type { SampleRange } from "./smaa-options";

/**
 * SMAA tallies over some samples, as plain JSON-able data: exact sums (BigInt as decimal strings)
 * of rank counts, pairwise wins and first-place weights. Shards of one run merge exactly, in any
 * order, into the same bits as a single run.
 */
export interface SmaaAccumulator {
  /** The run's fingerprint (problem and options): only tallies of one run merge and finalize. */
  readonly run: string;
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

/** Freezes running sums into an accumulator of the run `run`. */
export const toAccumulator = (
  run: string,
  s: Sampler,
  ranges: readonly (readonly [number, number])[],
  sums: Sums,
): SmaaAccumulator => ({
  run,
  rows: s.rows,
  columns: s.columns,
  seed: s.seed,
  ranges: [...ranges].map(([a, b]) => [a, b] as const).sort((x, y) => x[0] - y[0]),
  rank: sums.rank.map(String),
  wins: sums.wins.map(String),
  ties: sums.ties.map(String),
  central: sums.central.map(String),
});

const Count = z.string().regex(/^\d+$/, "expected a count: decimal digits, 0 or more");
const Whole = z.number().int().min(0);

/** The shape an accumulator must have to be merged or finalized; sizes are checked against rows and columns. */
const AccumulatorShape = z
  .strictObject({
    run: z.string().min(1),
    rows: Whole.min(1),
    columns: Whole.min(1),
    seed: z.number().int(),
    ranges: z.array(z.tuple([Whole, Whole])).min(1),
    rank: z.array(Count),
    wins: z.array(Count),
    ties: z.array(Count),
    central: z.array(Count),
  })
  .superRefine((a, ctx) => {
    const sizes = {
      rank: a.rows * a.rows,
      wins: a.rows * a.rows,
      ties: a.rows * a.rows,
      central: a.rows * a.columns,
    };
    for (const [key, size] of Object.entries(sizes)) {
      const got = a[key as keyof typeof sizes].length;
      if (got !== size)
        ctx.addIssue({ code: "custom", path: [key], message: `expected ${size} counts, got ${got}` });
    }
    a.ranges.forEach(([start, end], k) => {
      if (!(start < end))
        ctx.addIssue({
          code: "custom",
          path: ["ranges", k],
          message: `expected start < end, got [${start}, ${end})`,
        });
    });
  });

/** Checks an accumulator's shape, and that its counts are those of its samples: each option holds one rank per sample. */
export const checkAccumulator = (
  acc: unknown,
  path: string,
): E.Either<PolicyMatrixError, SmaaAccumulator> => {
  const parsed = AccumulatorShape.safeParse(acc);
  if (!parsed.success) return E.left(fromZodError("invalid-input", path, parsed.error));
  const a = parsed.data;
  // Counts are exact sums in units of EXACT_UNIT: each option holds one rank per sample (a shared
  // rank in parts), so its row adds up to the samples covered, but for the rounding of the parts.
  const samples = a.ranges.reduce((s, [x, y]) => s + (y - x), 0);
  const expected = BigInt(samples) * EXACT_UNITS;
  const slack = expected / 1_000_000_000n + EXACT_UNITS / 1_000_000_000n;
  for (let i = 0; i < a.rows; i++) {
    let ranked = 0n;
    for (let r = 0; r < a.rows; r++) ranked += BigInt(a.rank[i * a.rows + r]!);
    const off = ranked > expected ? ranked - expected : expected - ranked;
    if (off > slack) {
      return fail(
        "invalid-input",
        `${path}.rank`,
        `option ${i} holds a rank in ${Number(ranked) / Number(EXACT_UNITS)} samples, but the ranges cover ${samples}: these are not one run's tallies`,
      );
    }
  }
  return E.right(a);
};

/** Merges accumulators of one run (same problem and options, ranges that do not overlap); see `mergeSmaa`. */
export const mergeSmaaEither = (
  parts: readonly SmaaAccumulator[],
): E.Either<PolicyMatrixError, SmaaAccumulator> => {
  if (!Array.isArray(parts as unknown))
    return fail("invalid-input", "accumulators", "expected an array of accumulators");
  const first = parts[0];
  if (!first) return fail("invalid-input", "accumulators", "expected at least one accumulator");
  for (const [k, part] of parts.entries()) {
    const checked = checkAccumulator(part, `accumulators[${k}]`);
    if (E.isLeft(checked)) return checked;
    if (part.run !== first.run) {
      return fail(
        "invalid-input",
        `accumulators[${k}].run`,
        "accumulators of different runs (problem, options or seed) do not merge",
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
