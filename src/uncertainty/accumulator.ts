import * as E from "fp-ts/lib/Either.js";
import { z } from "zod";
import { fail, fromZodError, type PolicyMatrixError } from "../errors";
import { addExact, addSparse, EXACT_UNITS, zeroSums, type Sums } from "./exact";
import { BLOCK, runSamples, type Sampler, type Tally } from "./sampler";

import type { Tallies } from "./finalize";

export type { Sums } from "./exact";
import type { SampleRange } from "./smaa-options";

/**
 * SMAA tallies over some samples, as plain JSON-able data: whole counts of ranks held, pairwise
 * wins and ties; exact sums (BigInt units of 2^-200, as decimal strings) of the ranks tied options
 * share, listed only where a tie happened, and of first-place weights. Shards of one run merge
 * exactly, in any order, into the same bits as a single run.
 */
export interface SmaaAccumulator {
  /** The run's fingerprint (problem and options): only tallies of one run merge and finalize. */
  readonly run: string;
  readonly rows: number;
  readonly columns: number;
  readonly seed: number;
  /** The sample ranges covered, sorted, never overlapping. */
  readonly ranges: readonly (readonly [number, number])[];
  /** Ranks held alone: rows × rows whole counts, option-major (option i at rank r: i × rows + r). */
  readonly rank: readonly number[];
  /** Ranks shared by tied options: [index as in `rank`, units of 2^-200 as decimal digits], by index. */
  readonly shared: readonly (readonly [number, string])[];
  /** Strict wins of a over b (a < b), at a × rows + b: whole counts. */
  readonly wins: readonly number[];
  /** Exact ties of a and b (a < b), at a × rows + b: whole counts. */
  readonly ties: readonly number[];
  /** First-place weights: rows × columns sums in units of 2^-200, as decimal digits. */
  readonly central: readonly string[];
}

/** Zeroed sums for a problem of this size. */
export const zeroTotals = (rows: number, columns: number): Sums => ({
  rank: new Float64Array(rows * rows),
  shared: new Map(),
  wins: new Float64Array(rows * rows),
  ties: new Float64Array(rows * rows),
  central: zeroSums(rows * columns),
});

/** Per-block space for the tallies that are not whole counts (shared ranks, first-place weights). */
export interface BlockScratch {
  readonly shared: Float64Array;
  readonly central: Float64Array;
}

/** Scratch space for the blocks of a problem of this size: make it once per run. */
export const blockScratch = (rows: number, columns: number): BlockScratch => ({
  shared: new Float64Array(rows * rows),
  central: new Float64Array(rows * columns),
});

/**
 * Runs one block (its samples within [start, end)) and adds its tallies, exactly: whole counts
 * straight into the running sums (exact as doubles, in any order), shared ranks and first-place
 * weights through `scratch` (zeroed here) into exact units. Pass one scratch made once, so that a
 * long run allocates nothing per block.
 */
export const runBlock = (
  s: Sampler,
  block: number,
  range: SampleRange,
  sums: Sums,
  scratch: BlockScratch = blockScratch(s.rows, s.columns),
): void => {
  scratch.shared.fill(0);
  scratch.central.fill(0);
  const tally: Tally = { rank: sums.rank, wins: sums.wins, ties: sums.ties, ...scratch };
  runSamples(s, Math.max(range.start, block * BLOCK), Math.min(range.end, (block + 1) * BLOCK), tally);
  addSparse(sums.shared, scratch.shared);
  addExact(sums.central, scratch.central);
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

/** Running sums seen as tallies to finalize in this process, without copying them. */
export const talliesOf = (
  s: Sampler,
  ranges: readonly (readonly [number, number])[],
  sums: Sums,
): Tallies => ({
  rows: s.rows,
  columns: s.columns,
  seed: s.seed,
  ranges,
  rank: sums.rank,
  shared: sums.shared,
  wins: sums.wins,
  ties: sums.ties,
  central: sums.central,
});

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
  rank: Array.from(sums.rank),
  shared: [...sums.shared]
    .filter(([, units]) => units !== 0n)
    .sort((x, y) => x[0] - y[0])
    .map(([k, units]) => [k, units.toString()] as const),
  wins: Array.from(sums.wins),
  ties: Array.from(sums.ties),
  central: sums.central.map(String),
});

const Units = z.string().regex(/^\d+$/, "expected a count: decimal digits, 0 or more");
const Whole = z.number().int().min(0);
/** A whole count a double holds exactly. */
const Count = Whole.max(Number.MAX_SAFE_INTEGER);

/** The shape an accumulator must have to be merged or finalized; sizes are checked against rows and columns. */
const AccumulatorShape = z
  .strictObject({
    run: z.string().min(1),
    rows: Whole.min(1),
    columns: Whole.min(1),
    seed: z.number().int(),
    ranges: z.array(z.tuple([Whole, Whole])).min(1),
    rank: z.array(Count),
    shared: z.array(z.tuple([Whole, Units])),
    wins: z.array(Count),
    ties: z.array(Count),
    central: z.array(Units),
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
    a.shared.forEach(([index], k) => {
      const previous = a.shared[k - 1]?.[0];
      if (index >= a.rows * a.rows || (previous !== undefined && index <= previous))
        ctx.addIssue({
          code: "custom",
          path: ["shared", k],
          message: `expected indices below ${a.rows * a.rows}, each once, in order; got ${index} after ${previous ?? "none"}`,
        });
    });
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
  // Each option holds one rank per sample (a shared rank in parts), so its row adds up to the
  // samples covered, but for the rounding of the parts (in units of 2^-200).
  const samples = a.ranges.reduce((s, [x, y]) => s + (y - x), 0);
  const expected = BigInt(samples) * EXACT_UNITS;
  const slack = expected / 1_000_000_000n + EXACT_UNITS / 1_000_000_000n;
  const sharedOf = new Array<bigint>(a.rows).fill(0n);
  for (const [index, units] of a.shared) {
    const i = Math.floor(index / a.rows);
    sharedOf[i] = sharedOf[i]! + BigInt(units);
  }
  for (let i = 0; i < a.rows; i++) {
    let whole = 0;
    for (let r = 0; r < a.rows; r++) whole += a.rank[i * a.rows + r]!;
    const ranked = BigInt(whole) * EXACT_UNITS + sharedOf[i]!;
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
  // Whole counts add exactly as doubles (below 2^53); fractions as BigInt units.
  const counts = (key: "rank" | "wins" | "ties") =>
    first[key].map((_, i) => parts.reduce((sum, p) => sum + p[key][i]!, 0));
  const shared = new Map<number, bigint>();
  for (const p of parts)
    for (const [k, units] of p.shared) shared.set(k, (shared.get(k) ?? 0n) + BigInt(units));
  return E.right({
    ...first,
    ranges,
    rank: counts("rank"),
    shared: [...shared].sort((x, y) => x[0] - y[0]).map(([k, units]) => [k, units.toString()] as const),
    wins: counts("wins"),
    ties: counts("ties"),
    central: first.central.map((_, i) =>
      parts.reduce((sum, p) => sum + BigInt(p.central[i]!), 0n).toString(),
    ),
  });
};
