import type { MethodOptions } from "../methods/method-options";
import { EXACT_UNITS, fromUnits } from "./exact";
import { BLOCK, CONFIDENCE_STREAM, drawSample, makeTally, order, type Sampler, type Tally } from "./sampler";
import type { WeightModel } from "./smaa-options";
import { maxOf } from "../matrix/extremes";

/** Fewer samples than this behind a central weight vector, and it is flagged (`support.few`). */
export const FEW_SAMPLES = 100;

/**
 * What SMAA found. `acceptability[i][r]` is the share of samples in which option i held rank r + 1
 * (rows and columns sum to 1); `pairwise[a][b]` the share in which a ranked before b (ties count
 * half); `central[i]` the mean weight vector of the samples in which i ranked first (null if it
 * never did); `confidence[i]` the share of rating samples in which i ranks first under its own
 * central weights (null with no central weights). `support` says how many samples stand behind
 * each central weight vector (its first places, a tie counted as its share) and each confidence
 * factor, and flags (`few`) the central weights resting on fewer than `FEW_SAMPLES`.
 * `standardError` is the Monte Carlo standard error √(p(1 − p)/N) of each acceptability and its
 * largest value; of each confidence factor over its rating samples (0 when ratings are certain);
 * and, for each central weight, the bound √(w(1 − w)/n) on its standard error (a weight lies in
 * [0, 1], so its variance is at most w(1 − w)). `ratings` says whether ratings were sampled within
 * their intervals or held at their values. `engine` says which loop ran the samples:
 * `webassembly` or `javascript` (see the `engine` option); both give the same numbers.
 */
export interface SmaaResult {
  readonly samples: number;
  readonly engine: "webassembly" | "javascript";
  readonly seed: number;
  readonly method: MethodOptions;
  readonly weights: WeightModel;
  readonly ratings: "sampled" | "fixed";
  readonly acceptability: readonly (readonly number[])[];
  readonly pairwise: readonly (readonly number[])[];
  readonly central: readonly (readonly number[] | null)[];
  readonly confidence: readonly (number | null)[];
  readonly support: {
    /** Samples behind each option's central weights: its first places. */
    readonly central: readonly number[];
    /** Rating samples behind each confidence factor (1 when ratings are certain; 0 without central weights). */
    readonly confidence: readonly number[];
    /** Whether each option's central weights rest on fewer than `FEW_SAMPLES` samples (and it ranked first at all). */
    readonly few: readonly boolean[];
  };
  readonly standardError: {
    readonly acceptability: readonly (readonly number[])[];
    readonly max: number;
    /** A bound on each central weight's standard error, √(w(1 − w)/n); null where there are none. */
    readonly central: readonly (readonly number[] | null)[];
    /** Each confidence factor's standard error over its rating samples; null where there is none. */
    readonly confidence: readonly (number | null)[];
  };
}

/**
 * Share of first place for option i under given weights, over the ratings' uncertainty. Untied
 * first places are counted, tied ones' shares summed block by block (as the tallies keep them),
 * so that the WebAssembly loop, which runs the blocks where it applies, gives the same bits.
 */
const confidenceOf = (
  s: Sampler,
  i: number,
  weights: Float64Array,
  samples: number,
  scratch: () => Tally,
): number => {
  const runs = s.uncertain ? samples : 1;
  const fixed = s.uncertain ? s.fixedBlock?.(weights) : undefined;
  const tally = fixed ? scratch() : undefined;
  let whole = 0;
  let shared = 0;
  for (let start = 0; start < runs; start += BLOCK) {
    const end = Math.min(runs, start + BLOCK);
    if (fixed && tally) {
      tally.rank.fill(0);
      tally.shared.fill(0);
      fixed(CONFIDENCE_STREAM + start, CONFIDENCE_STREAM + end, tally);
      whole += tally.rank[i * s.rows]!;
      shared += tally.shared[i * s.rows]!;
      continue;
    }
    let blockShared = 0;
    for (let k = start; k < end; k++) {
      drawSample(s, CONFIDENCE_STREAM + k, weights);
      let above = 0;
      let tied = 0;
      for (let j = 0; j < s.rows; j++) {
        if (j === i) continue;
        const cmp = order(s, j, i);
        if (cmp > 0) above++;
        else if (cmp === 0) tied++;
      }
      if (above === 0 && tied === 0) whole++;
      else if (above === 0) blockShared += 1 / (tied + 1);
    }
    shared += blockShared;
  }
  return (whole + shared) / runs;
};

/**
 * Tallies to finalize: an accumulator, or a run's running sums seen as one (typed arrays and
 * BigInt units, not copied into JSON-able arrays).
 */
export interface Tallies {
  readonly rows: number;
  readonly columns: number;
  readonly seed: number;
  readonly ranges: readonly (readonly [number, number])[];
  readonly rank: ArrayLike<number>;
  readonly shared: Iterable<readonly [number, string | bigint]>;
  readonly wins: ArrayLike<number>;
  readonly ties: ArrayLike<number>;
  readonly central: readonly (string | bigint)[];
}

/** Turns exact tallies into shares, central weights, confidence factors and standard errors. */
export const finalize = (
  acc: Tallies,
  sampler: Sampler,
  meta: {
    method: MethodOptions;
    weights: WeightModel;
    ratings: "sampled" | "fixed";
    confidenceSamples: number;
  },
): SmaaResult => {
  const n = acc.rows;
  const samples = acc.ranges.reduce((s, [a, b]) => s + (b - a), 0);
  // A rank count with shared parts: the whole count and the parts summed exactly, rounded once.
  const parts = new Map<number, number>();
  for (const [k, units] of acc.shared)
    parts.set(k, fromUnits(BigInt(acc.rank[k]!) * EXACT_UNITS + BigInt(units)));
  const rankAt = (k: number) => parts.get(k) ?? acc.rank[k]!;
  const { wins, ties } = acc;
  const pairwise = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) => {
      if (a === b) return 0;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const before = wins[lo * n + hi]!;
      const tied = ties[lo * n + hi]!;
      return (a < b ? before + tied / 2 : samples - before - tied / 2) / samples;
    }),
  );
  const centralSums = acc.central.map((units) => fromUnits(BigInt(units)));
  const perSample = 1 / samples;
  const acceptability = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, r) => rankAt(i * n + r) * perSample),
  );
  const central = Array.from({ length: n }, (_, i) => {
    const firsts = rankAt(i * n);
    return firsts > 0
      ? centralSums.slice(i * acc.columns, (i + 1) * acc.columns).map((x) => x / firsts)
      : null;
  });
  // One scratch tally for every option's confidence run (n² doubles each: not one per option).
  let tally: Tally | undefined;
  const scratch = () => (tally ??= makeTally(n, acc.columns));
  const confidence = central.map((w, i) =>
    w === null ? null : confidenceOf(sampler, i, Float64Array.from(w), meta.confidenceSamples, scratch),
  );
  const binomial = (p: number, n: number) => (n > 0 ? Math.sqrt(Math.max(0, p * (1 - p)) / n) : 0);
  const se = acceptability.map((row) => row.map((p) => binomial(p, samples)));
  const firsts = Array.from({ length: n }, (_, i) => rankAt(i * n));
  const ratingRuns = sampler.uncertain ? meta.confidenceSamples : 1;
  return {
    samples,
    engine: sampler.block ? "webassembly" : "javascript",
    seed: acc.seed,
    method: meta.method,
    weights: meta.weights,
    ratings: meta.ratings,
    acceptability,
    pairwise,
    central,
    confidence,
    support: {
      central: firsts,
      confidence: central.map((w) => (w === null ? 0 : ratingRuns)),
      few: firsts.map((k) => k > 0 && k < FEW_SAMPLES),
    },
    standardError: {
      acceptability: se,
      max: se.reduce((m, row) => Math.max(m, maxOf(row)), 0),
      central: central.map((w, i) => (w === null ? null : w.map((x) => binomial(x, firsts[i]!)))),
      confidence: confidence.map((c) => (c === null ? null : binomial(c, ratingRuns))),
    },
  };
};
