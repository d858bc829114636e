import { PolicyMatrixError } from "../errors";
import type { Kernel } from "./kernels";
import { RandomStream } from "./random";
import type { WasmBlock } from "./wasm-engine";
import type { WeightModel } from "./smaa-options";
import { MAX_REJECTIONS, sampleWeights } from "./weights";

/** Samples per block: the unit of progress, cancellation, sharding and exact merging. */
export const BLOCK = 16_384;

/** Where confidence-factor samples start, far from the main samples' streams. */
export const CONFIDENCE_STREAM = 2 ** 52;

/** Everything a sample loop needs, allocated once. */
export interface Sampler {
  readonly rows: number;
  readonly columns: number;
  readonly kernel: Kernel;
  readonly model: WeightModel;
  readonly seed: number;
  readonly fixedWeights: Float64Array;
  /** The ratings, row-major; sampled cells are overwritten per sample when `uncertain`. */
  readonly base: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly uncertain: boolean;
  /** Lower tier ranks first whatever the scores (feasible before infeasible). */
  readonly tiers: Int32Array;
  /** Added to each score before ranking (penalties). */
  readonly offsets: Float64Array;
  /** One tier and no offsets: the fast path. */
  readonly flat: boolean;
  // Scratch, reused by every sample:
  readonly rng: RandomStream;
  readonly values: Float64Array;
  readonly weights: Float64Array;
  readonly scratch: Float64Array;
  readonly scores: Float64Array;
  readonly above: Int32Array;
  readonly same: Int32Array;
  /** The WebAssembly loop, where it applies (same bits as `runSamples`, faster). */
  readonly block?: WasmBlock;
  /** The WebAssembly loop under fixed weights (for confidence factors), where it applies. */
  readonly fixedBlock?: (weights: Float64Array) => WasmBlock | undefined;
}

/**
 * One block's tallies: rank counts [option][rank] of samples without exact ties (`rank`, whole
 * numbers) and the shares of places in samples with them (`shared`, summed apart so that neither
 * depends on how the two kinds of samples interleave); for a < b only, the samples in which a
 * ranked strictly before b (`wins`) and those in which they tied exactly (`ties`), the rest being
 * b's; and weight sums of first places [option][criterion].
 */
export interface Tally {
  readonly rank: Float64Array;
  readonly shared: Float64Array;
  readonly wins: Float64Array;
  readonly ties: Float64Array;
  readonly central: Float64Array;
}

/** Zeroed tallies for a problem of this size. */
export const makeTally = (rows: number, columns: number): Tally => ({
  rank: new Float64Array(rows * rows),
  shared: new Float64Array(rows * rows),
  wins: new Float64Array(rows * rows),
  ties: new Float64Array(rows * rows),
  central: new Float64Array(rows * columns),
});

/** The error of a weight-interval model that rejected `MAX_REJECTIONS` samples in a row. */
const tooNarrow = () =>
  new PolicyMatrixError("invalid-input", [
    {
      path: "options.weights.bounds",
      message: `the weight intervals are too narrow to sample from (no fitting sample in ${MAX_REJECTIONS} tries)`,
    },
  ]);

/** Draws sample `index`: weights into `s.weights`, ratings (when uncertain) into the kernel; scores into `s.scores`. */
export const drawSample = (s: Sampler, index: number, weightsGiven?: Float64Array): void => {
  s.rng.reseed(s.seed, index);
  if (weightsGiven) s.weights.set(weightsGiven);
  else if (!sampleWeights(s.model, s.fixedWeights, s.rng, s.weights, s.scratch)) throw tooNarrow();
  if (s.uncertain) {
    for (let k = 0; k < s.values.length; k++) {
      const lo = s.low[k]!;
      const hi = s.high[k]!;
      s.values[k] = lo === hi ? lo : lo + (hi - lo) * s.rng.next();
    }
    s.kernel.prepare(s.values);
  }
  s.kernel.score(s.weights, s.scores);
  if (!s.flat) for (let i = 0; i < s.rows; i++) s.scores[i] = s.scores[i]! + s.offsets[i]!;
};

/** +1 when option a ranks before b, −1 when after, 0 on an exact tie. */
export const order = (s: Sampler, a: number, b: number): number => {
  const ta = s.tiers[a]!;
  const tb = s.tiers[b]!;
  if (ta !== tb) return ta < tb ? 1 : -1;
  const x = s.scores[a]!;
  const y = s.scores[b]!;
  return x > y ? 1 : x < y ? -1 : 0;
};

/**
 * Ranks the current sample into the tallies. Exact ties share the places they span equally (a tie
 * of k for places p..p+k−1 adds 1/k to each), so every row and column of the rank counts sums to
 * the number of samples.
 */
export const tallySample = (s: Sampler, t: Tally): void => {
  if (s.flat) tallyFlat(s, t);
  else tallyTiered(s, t);
};

/** The fast path: one tier, branch-free comparisons; ties (rare) fall back to the general path. */
const tallyFlat = (s: Sampler, t: Tally): void => {
  const n = s.rows;
  const scores = s.scores;
  const above = s.above;
  const wins = t.wins;
  above.fill(0);
  for (let a = 0; a < n; a++) {
    const x = scores[a]!;
    let lost = 0;
    for (let b = a + 1; b < n; b++) {
      const y = scores[b]!;
      const gt = +(x > y);
      lost += +(x < y);
      above[b] = above[b]! + gt;
      wins[a * n + b] = wins[a * n + b]! + gt;
    }
    above[a] = above[a]! + lost;
  }
  // Without ties the places are a permutation of 0..n−1; a tie leaves their sum short.
  let places = 0;
  for (let i = 0; i < n; i++) places += above[i]!;
  if (places !== (n * (n - 1)) / 2) {
    tallyTies(s, t);
    return;
  }
  const rank = t.rank;
  for (let i = 0; i < n; i++) {
    const place = above[i]!;
    rank[i * n + place] = rank[i * n + place]! + 1;
    if (place === 0) {
      const c = i * s.columns;
      for (let j = 0; j < s.columns; j++) t.central[c + j] = t.central[c + j]! + s.weights[j]!;
    }
  }
};

/** After strict wins are counted: half a win each way for exact ties, and shared places. */
const tallyTies = (s: Sampler, t: Tally): void => {
  const n = s.rows;
  s.same.fill(0);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (s.scores[a] === s.scores[b]) {
        s.same[a] = s.same[a]! + 1;
        s.same[b] = s.same[b]! + 1;
        t.ties[a * n + b] = t.ties[a * n + b]! + 1;
      }
    }
  }
  placeShares(s, t);
};

/** Adds each option's (possibly shared) places and first-place weights from `above` and `same`. */
const placeShares = (s: Sampler, t: Tally): void => {
  const n = s.rows;
  for (let i = 0; i < n; i++) {
    const place = s.above[i]!;
    const tied = s.same[i]!;
    const share = 1 / (tied + 1);
    const into = tied === 0 ? t.rank : t.shared;
    for (let q = place; q <= place + tied; q++) into[i * n + q] = into[i * n + q]! + share;
    if (place === 0) {
      for (let j = 0; j < s.columns; j++) {
        t.central[i * s.columns + j] = t.central[i * s.columns + j]! + share * s.weights[j]!;
      }
    }
  }
};

/** The general path, with tiers. */
const tallyTiered = (s: Sampler, t: Tally): void => {
  const n = s.rows;
  s.above.fill(0);
  s.same.fill(0);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const cmp = order(s, a, b);
      if (cmp > 0) {
        s.above[b] = s.above[b]! + 1;
        t.wins[a * n + b] = t.wins[a * n + b]! + 1;
      } else if (cmp < 0) {
        s.above[a] = s.above[a]! + 1;
      } else {
        s.same[a] = s.same[a]! + 1;
        s.same[b] = s.same[b]! + 1;
        t.ties[a * n + b] = t.ties[a * n + b]! + 1;
      }
    }
  }
  placeShares(s, t);
};

/** Runs samples [start, end), adding their tallies to `t` (zero it for one block alone), in WebAssembly where it applies. */
export const runSamples = (s: Sampler, start: number, end: number, t: Tally): void => {
  if (s.block) {
    if (!s.block(start, end, t)) throw tooNarrow();
    return;
  }
  for (let index = start; index < end; index++) {
    drawSample(s, index);
    tallySample(s, t);
  }
};
