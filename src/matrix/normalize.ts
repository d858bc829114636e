import * as E from "fp-ts/lib/Either.js";
import { fail, type PolicyMatrixError } from "../errors";
import type { PreparedProblem } from "../methods/problem";

/**
 * How raw values become comparable, benefit-oriented scores (higher is always better after it):
 *
 * | name      | benefit criterion          | cost criterion                  | needs          |
 * |-----------|----------------------------|---------------------------------|----------------|
 * | `min-max` | (x − min) / (max − min)    | (max − x) / (max − min)         | any values     |
 * | `vector`  | x / ‖x‖₂                   | 1 − x / ‖x‖₂                    | any values     |
 * | `sum`     | x / Σx                     | (1/x) / Σ(1/x)                  | x ≥ 0 (cost: x > 0) |
 * | `max`     | x / max                    | 1 − x / max                     | x ≥ 0          |
 *
 * A column on which every option has the same value carries no information: `min-max` gives every
 * option 1 (also when the values differ by no more than `CONSTANT_SPREAD` of their size), and the others give every option the same value (`vector` and `max` give 1 for an
 * all-zero column, `sum` gives 1/n). Never a division by zero, never NaN. `min-max` can take fixed
 * `bounds` per criterion (a rating scale, say) instead of the column's own min and max, so that a
 * score does not depend on which other options are in the set.
 */
export type Normalization = "min-max" | "vector" | "sum" | "max";

/** The normalizations, in a stable order. */
export const normalizations: readonly Normalization[] = ["min-max", "vector", "sum", "max"];

type Bounds = readonly (readonly [number, number])[];

/**
 * Under min-max, a column whose values spread over less than this share of their magnitude counts
 * as constant (every option gets 1): such a spread is floating-point noise, not information.
 */
export const CONSTANT_SPREAD = 1e-12;

/**
 * Whether values from `lowest` to `highest` have no spread: it is within `CONSTANT_SPREAD` of their
 * size, rounding noise rather than information. Every method that divides by a spread asks this.
 */
export const noSpread = (lowest: number, highest: number): boolean =>
  highest - lowest <= CONSTANT_SPREAD * Math.max(Math.abs(lowest), Math.abs(highest));

/** Largest absolute value of column j (1 when all are zero): dividing by it first keeps sums and squares finite. */
const columnScale = (p: PreparedProblem, j: number): number => {
  let scale = 0;
  for (let i = 0; i < p.rows; i++) scale = Math.max(scale, Math.abs(p.values[i * p.columns + j]!));
  return scale === 0 ? 1 : scale;
};

/**
 * Min-max over [lo, hi] after dividing by `scale` (so that huge or tiny magnitudes do not overflow):
 * a value x normalizes to (x/scale − lo)/range (benefit) or (hi − x/scale)/range (cost), or to 1
 * when the range is 0. A spread within rounding noise of the column's size is no spread: treating
 * it as one would blow 1e-16 differences up to the whole [0, 1] range.
 */
const minMaxSpan = (scale: number, lo: number, hi: number) => ({
  scale,
  lo,
  hi,
  range: noSpread(lo, hi) ? 0 : hi - lo,
});

/** The min-max span of a criterion with stated bounds (the same for any values within them). */
export const boundedMinMax = (bound: readonly [number, number]) => {
  const scale = Math.max(Math.abs(bound[0]), Math.abs(bound[1]), 1e-300);
  return minMaxSpan(scale, bound[0] / scale, bound[1] / scale);
};

const minMaxColumn = (
  p: PreparedProblem,
  j: number,
  out: Float64Array,
  bound?: readonly [number, number],
) => {
  let span: ReturnType<typeof minMaxSpan>;
  if (bound) span = boundedMinMax(bound);
  else {
    const scale = columnScale(p, j);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < p.rows; i++) {
      const x = p.values[i * p.columns + j]! / scale;
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    span = minMaxSpan(scale, lo, hi);
  }
  const { scale: s, lo, hi, range } = span;
  for (let i = 0; i < p.rows; i++) {
    const x = p.values[i * p.columns + j]! / s;
    out[i * p.columns + j] = range === 0 ? 1 : p.benefit[j] ? (x - lo) / range : (hi - x) / range;
  }
};

const vectorColumn = (p: PreparedProblem, j: number, out: Float64Array) => {
  const s = columnScale(p, j);
  let squares = 0;
  for (let i = 0; i < p.rows; i++) {
    const x = p.values[i * p.columns + j]! / s;
    squares += x * x;
  }
  const norm = Math.sqrt(squares);
  for (let i = 0; i < p.rows; i++) {
    const r = norm === 0 ? 0 : p.values[i * p.columns + j]! / s / norm;
    out[i * p.columns + j] = norm === 0 ? 1 : p.benefit[j] ? r : 1 - r;
  }
};

/**
 * Sum normalization, dividing first so that neither the terms nor their total overflow: a benefit
 * column by its largest value (terms in [0, 1]), a cost column by its smallest (terms 1/x in
 * (0, 1]). The total is then between 1 and n, whatever the magnitudes; a term that underflows
 * is a share below 1e-308, 0 to every printed digit.
 */
const sumColumn = (p: PreparedProblem, j: number, out: Float64Array) => {
  let s: number;
  if (p.benefit[j]) s = columnScale(p, j);
  else {
    s = Infinity;
    for (let i = 0; i < p.rows; i++) s = Math.min(s, p.values[i * p.columns + j]!);
  }
  const term = (i: number) => {
    const x = p.values[i * p.columns + j]! / s;
    return p.benefit[j] ? x : 1 / x;
  };
  let total = 0;
  for (let i = 0; i < p.rows; i++) total += term(i);
  for (let i = 0; i < p.rows; i++) out[i * p.columns + j] = total === 0 ? 1 / p.rows : term(i) / total;
};

const maxColumn = (p: PreparedProblem, j: number, out: Float64Array) => {
  let hi = 0;
  for (let i = 0; i < p.rows; i++) hi = Math.max(hi, p.values[i * p.columns + j]!);
  for (let i = 0; i < p.rows; i++) {
    const r = hi === 0 ? 1 : p.values[i * p.columns + j]! / hi;
    out[i * p.columns + j] = hi === 0 ? 1 : p.benefit[j] ? r : 1 - r;
  }
};

/** Checks that a normalization is defined on every value (and within the bounds, for min-max). */
export const checkDomain = (
  p: PreparedProblem,
  kind: Normalization,
  bounds?: Bounds,
): E.Either<PolicyMatrixError, void> => {
  for (let i = 0; i < p.rows; i++) {
    for (let j = 0; j < p.columns; j++) {
      const x = p.values[i * p.columns + j]!;
      const at = `matrix[${i}][${j}]`;
      const bound = bounds?.[j];
      if (kind === "min-max" && bound && (x < bound[0] || x > bound[1])) {
        return fail("invalid-input", at, `${x} is outside the bounds [${bound[0]}, ${bound[1]}]`);
      }
      if ((kind === "sum" || kind === "max") && x < 0) {
        return fail("invalid-input", at, `${kind} normalization needs values >= 0, got ${x}`);
      }
      if (kind === "sum" && !p.benefit[j] && x === 0) {
        return fail("invalid-input", at, "sum normalization of a cost criterion needs values > 0, got 0");
      }
    }
  }
  return E.right(undefined);
};

/**
 * Normalizes every column of a prepared problem; the result is row-major like `values`, and
 * benefit-oriented (higher is better on every criterion).
 */
export const normalizeValues = (
  p: PreparedProblem,
  kind: Normalization,
  bounds?: Bounds,
): E.Either<PolicyMatrixError, Float64Array> => {
  if (bounds && kind !== "min-max") {
    return fail("invalid-input", "bounds", `bounds apply to min-max normalization only, not to ${kind}`);
  }
  if (bounds && bounds.length !== p.columns) {
    return fail("invalid-input", "bounds", `expected ${p.columns} bounds, got ${bounds.length}`);
  }
  const bad = bounds?.findIndex(([lo, hi]) => !(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) ?? -1;
  if (bad >= 0) return fail("invalid-input", `bounds[${bad}]`, "expected finite [low, high] with high > low");
  return E.map(() => normalizeInto(p, kind, bounds, new Float64Array(p.rows * p.columns)))(
    checkDomain(p, kind, bounds),
  );
};

/**
 * Normalizes into a buffer the caller owns, without checking the domain: for sample loops that
 * check their inputs once and must not allocate. Returns `out`.
 */
export const normalizeInto = (
  p: PreparedProblem,
  kind: Normalization,
  bounds: Bounds | undefined,
  out: Float64Array,
): Float64Array => {
  for (let j = 0; j < p.columns; j++) {
    if (kind === "min-max") minMaxColumn(p, j, out, bounds?.[j]);
    else if (kind === "vector") vectorColumn(p, j, out);
    else if (kind === "sum") sumColumn(p, j, out);
    else maxColumn(p, j, out);
  }
  return out;
};
