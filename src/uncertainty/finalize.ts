import type { MethodOptions } from "../methods/method-options";
import type { SmaaAccumulator } from "./accumulator";
import { toDoubles } from "./exact";
import { BLOCK, CONFIDENCE_STREAM, drawSample, makeTally, order, type Sampler } from "./sampler";
import type { WeightModel } from "./smaa-options";
import { maxOf } from "../matrix/extremes";

/**
 * What SMAA found. `acceptability[i][r]` is the share of samples in which option i held rank r + 1
 * (rows and columns sum to 1); `pairwise[a][b]` the share in which a ranked before b (ties count
 * half); `central[i]` the mean weight vector of the samples in which i ranked first (null if it
 * never did); `confidence[i]` the share of rating samples in which i ranks first under its own
 * central weights (null with no central weights). `standardError` is the Monte Carlo standard error
 * √(p(1 − p)/N) of each acceptability, and its largest value. `engine` says which loop ran the
 * samples: `webassembly` or `javascript` (see the `engine` option); both give the same numbers.
 */
export interface SmaaResult {
  readonly samples: number;
  readonly engine: "webassembly" | "javascript";
  readonly seed: number;
  readonly method: MethodOptions;
  readonly weights: WeightModel;
  readonly acceptability: readonly (readonly number[])[];
  readonly pairwise: readonly (readonly number[])[];
  readonly central: readonly (readonly number[] | null)[];
  readonly confidence: readonly (number | null)[];
  readonly standardError: { readonly acceptability: readonly (readonly number[])[]; readonly max: number };
}

const square = (flat: readonly number[], n: number, m: number, scale: number): number[][] =>
  Array.from({ length: n }, (_, i) => flat.slice(i * m, (i + 1) * m).map((x) => x * scale));

/**
 * Share of first place for option i under given weights, over the ratings' uncertainty. Untied
 * first places are counted, tied ones' shares summed block by block (as the tallies keep them),
 * so that the WebAssembly loop, which runs the blocks where it applies, gives the same bits.
 */
const confidenceOf = (s: Sampler, i: number, weights: Float64Array, samples: number): number => {
  const runs = s.uncertain ? samples : 1;
  const fixed = s.uncertain ? s.fixedBlock?.(weights) : undefined;
  const tally = makeTally(s.rows, s.columns);
  let whole = 0;
  let shared = 0;
  for (let start = 0; start < runs; start += BLOCK) {
    const end = Math.min(runs, start + BLOCK);
    if (fixed) {
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

/** Turns exact tallies into shares, central weights, confidence factors and standard errors. */
export const finalize = (
  acc: SmaaAccumulator,
  sampler: Sampler,
  meta: { method: MethodOptions; weights: WeightModel; confidenceSamples: number },
): SmaaResult => {
  const n = acc.rows;
  const samples = acc.ranges.reduce((s, [a, b]) => s + (b - a), 0);
  const rank = toDoubles(acc.rank.map(BigInt));
  const wins = toDoubles(acc.wins.map(BigInt));
  const ties = toDoubles(acc.ties.map(BigInt));
  const pairwise = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) => {
      if (a === b) return 0;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const before = wins[lo * n + hi]!;
      const tied = ties[lo * n + hi]!;
      return (a < b ? before + tied / 2 : samples - before - tied / 2) / samples;
    }),
  );
  const centralSums = toDoubles(acc.central.map(BigInt));
  const acceptability = square(rank, n, n, 1 / samples);
  const central = Array.from({ length: n }, (_, i) => {
    const firsts = rank[i * n]!;
    return firsts > 0
      ? centralSums.slice(i * acc.columns, (i + 1) * acc.columns).map((x) => x / firsts)
      : null;
  });
  const confidence = central.map((w, i) =>
    w === null ? null : confidenceOf(sampler, i, Float64Array.from(w), meta.confidenceSamples),
  );
  const se = acceptability.map((row) => row.map((p) => Math.sqrt((p * (1 - p)) / samples)));
  return {
    samples,
    engine: sampler.block ? "webassembly" : "javascript",
    seed: acc.seed,
    method: meta.method,
    weights: meta.weights,
    acceptability,
    pairwise,
    central,
    confidence,
    standardError: { acceptability: se, max: se.reduce((m, row) => Math.max(m, maxOf(row)), 0) },
  };
};
