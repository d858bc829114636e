import type { RandomStream } from "./random";
import type { WeightModel } from "./smaa-options";

/** Checks a weight model against the number of criteria; returns a message naming the place, or undefined. */
export const weightModelIssue = (
  model: WeightModel,
  columns: number,
): { path: string; message: string } | undefined => {
  if (model.kind === "intervals") {
    if (model.bounds.length !== columns)
      return { path: "weights.bounds", message: `expected ${columns} intervals, got ${model.bounds.length}` };
    const bad = model.bounds.findIndex(([lo, hi]) => lo > hi);
    if (bad >= 0) return { path: `weights.bounds[${bad}]`, message: "expected low <= high" };
    const low = lowSum(model.bounds);
    const high = model.bounds.reduce((s, b) => s + b[1], 0);
    if (low > 1 + 1e-12 || high < 1 - 1e-12) {
      return {
        path: "weights.bounds",
        message: `no weights summing to 1 fit these intervals (lows sum to ${low}, highs to ${high})`,
      };
    }
  }
  if (model.kind === "ordinal") {
    const sorted = [...model.order].sort((a, b) => a - b);
    if (sorted.length !== columns || sorted.some((x, i) => x !== i)) {
      return { path: "weights.order", message: `expected an ordering of all ${columns} criterion indices` };
    }
  }
  return undefined;
};

/** How many tries the interval model makes per sample before it gives up. */
export const MAX_REJECTIONS = 100_000;

/** 2^(k − 32) for k = 0..32. */
const POW2 = Float64Array.from({ length: 33 }, (_, k) => 2 ** (k - 32));

/**
 * −ln u for u = (r + 0.5) / 2^32, from a 32-bit draw r: a standard exponential variate. Computed
 * with + − × ÷ only (relative error below 1e-12), not Math.log, whose last bit differs between
 * engines: the WebAssembly loop computes it the same way, so both give the same bits. Relative
 * error below 1e-13 (test/uncertainty/wasm.test.ts checks it against Math.log).
 *
 * u = y·2^−k with y in [0.5, 1) and k the leading zeros of r, then u = x·2^−e with x in [√½, 1)
 * (scaling by powers of two is exact); ln x = 2s(1 + s²/3 + s⁴/5 + … + s¹⁴/15) with
 * s = (x − 1)/(x + 1), |s| ≤ 0.172, so the first term left out is below 4e-14 of the sum.
 */
export const exponential = (r: number): number => {
  const k = Math.clz32(r);
  const y = (r + 0.5) * POW2[k]!; // u·2^k, in [0.5, 1)
  const low = y < 0.7071067811865476;
  const x = low ? y * 2 : y;
  const e = low ? k + 1 : k;
  const s = (x - 1) / (x + 1);
  const z = s * s;
  // Estrin's scheme (short dependency chains): p = Σ_i z^i / (2i + 1), i = 0..7.
  const z2 = z * z;
  const z4 = z2 * z2;
  const q0 = 0.3333333333333333 * z + 1;
  const q1 = 0.14285714285714285 * z + 0.2;
  const q2 = 0.09090909090909091 * z + 0.1111111111111111;
  const q3 = 0.06666666666666667 * z + 0.07692307692307693;
  const p = (q3 * z2 + q2) * z4 + (q1 * z2 + q0);
  return e * 0.6931471805599453 - 2 * s * p;
};

/**
 * Uniform on the simplex: m standard exponentials divided by their sum (their sum taken in order
 * j = 0, 1, ...). This is the hot loop of SMAA; the WebAssembly loop does the same arithmetic.
 */
const simplex = (rng: RandomStream, out: Float64Array): void => {
  const m = out.length;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const x = exponential(rng.nextUint32());
    out[j] = x;
    total += x;
  }
  for (let j = 0; j < m; j++) out[j] = out[j]! / total;
};

/**
 * Draws one weight vector into `out` (no allocation; `scratch` is a buffer of the same length).
 * Returns false when the interval model found no fitting sample in `MAX_REJECTIONS` tries.
 */
export const sampleWeights = (
  model: WeightModel,
  fixed: Float64Array,
  rng: RandomStream,
  out: Float64Array,
  scratch: Float64Array,
): boolean => {
  switch (model.kind) {
    case "fixed":
      out.set(fixed);
      return true;
    case "simplex":
      simplex(rng, out);
      return true;
    case "ordinal": {
      simplex(rng, scratch);
      // Insertion sort, descending: the k-th largest weight goes to the k-th most important criterion.
      for (let a = 1; a < scratch.length; a++) {
        const x = scratch[a]!;
        let b = a - 1;
        while (b >= 0 && scratch[b]! < x) {
          scratch[b + 1] = scratch[b]!;
          b--;
        }
        scratch[b + 1] = x;
      }
      for (let k = 0; k < model.order.length; k++) out[model.order[k]!] = scratch[k]!;
      return true;
    }
    case "intervals": {
      // The lower bounds exactly: w = low + spread·u with u uniform on the simplex is uniform on
      // {w on the simplex, w >= low}; only the upper bounds are met by rejection.
      const spread = 1 - lowSum(model.bounds);
      for (let attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
        simplex(rng, out);
        let inside = true;
        for (let j = 0; j < out.length; j++) {
          const [lo, hi] = model.bounds[j]!;
          const w = lo + spread * out[j]!;
          out[j] = w;
          inside &&= w <= hi;
        }
        if (inside) return true;
      }
      return false;
    }
  }
};

/** Σ of the lower bounds, in order from 0 (the WebAssembly loop sums them the same way). */
export const lowSum = (bounds: readonly (readonly [number, number])[]): number => {
  let sum = 0;
  for (const [lo] of bounds) sum += lo;
  return sum;
};
