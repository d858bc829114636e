import { boundedMinMax, noSpread, normalizeInto } from "../matrix/normalize";
import type { MethodOptions } from "../methods/method-options";
import type { PreparedProblem } from "../methods/problem";
import { at, preference, type PreferenceFunction } from "../methods/promethee";
import { logRatiosInto } from "../methods/wpm";
import { powerOfE } from "../matrix/elementary";
import type { WasmScore } from "./wasm-engine";

/**
 * A method split for sampling: `prepare` does the work that does not depend on the weights (once,
 * or once per rating sample), `score` the rest. Both write into buffers allocated when the kernel
 * is made: nothing is allocated per sample. Scores equal the method's (see the methods' docs).
 */
export interface Kernel {
  prepare(values: Float64Array): void;
  score(weights: Float64Array, out: Float64Array): void;
  /** What the WebAssembly loop needs to score the same way (the buffers `prepare` fills), if it can. */
  readonly wasm?: WasmScore;
}

type Shape = Pick<PreparedProblem, "rows" | "columns" | "benefit">;

/** One problem object per kernel whose values are swapped in place, so `prepare` allocates nothing. */
const problemHolder = (shape: Shape) => {
  const holder: { -readonly [K in keyof PreparedProblem]: PreparedProblem[K] } = {
    ...shape,
    values: new Float64Array(0),
    weights: new Float64Array(shape.columns),
  };
  return (values: Float64Array): PreparedProblem => {
    holder.values = values;
    return holder;
  };
};

const additive = (shape: Shape, normalization: MethodOptions & { method: "wsm" }): Kernel => {
  const { rows, columns, benefit } = shape;
  const r = new Float64Array(rows * columns);
  const over = problemHolder(shape);
  const kind = normalization.normalization ?? "min-max";
  const { bounds } = normalization;
  // Min-max over stated bounds is the same map whatever the ratings: the WebAssembly loop can
  // normalize sampled ratings itself.
  const spans = kind === "min-max" && bounds ? bounds.map(boundedMinMax) : undefined;
  return {
    prepare: (values) => void normalizeInto(over(values), kind, bounds, r),
    score: (w, out) => dot(r, w, rows, columns, out),
    wasm: {
      kind: "linear",
      matrix: r,
      ...(spans
        ? {
            ratings: {
              scale: Float64Array.from(spans, (s) => s.scale),
              lo: Float64Array.from(spans, (s) => s.lo),
              hi: Float64Array.from(spans, (s) => s.hi),
              range: Float64Array.from(spans, (s) => s.range),
              benefit: Int32Array.from(benefit, (b) => (b ? 1 : 0)),
            },
          }
        : {}),
    },
  };
};

/**
 * out[i] = Σ_j w[j] m[i][j], summed in the order j = 0, 1, ... from 0: the WebAssembly loop sums
 * the same way, so both give the same bits.
 */
const dot = (m: Float64Array, w: Float64Array, rows: number, columns: number, out: Float64Array): void => {
  for (let i = 0; i < rows; i++) {
    const base = i * columns;
    let sum = 0;
    for (let j = 0; j < columns; j++) sum += w[j]! * m[base + j]!;
    out[i] = sum;
  }
};

/** The weighted product Π_j (x_ij / best_j)^w_j, as exp of the weighted sum of log-ratios. */
const product = (shape: Shape): Kernel => {
  const { rows, columns } = shape;
  const logRatio = new Float64Array(rows * columns);
  return {
    prepare: (values) => logRatiosInto(shape, values, logRatio),
    score: (w, out) => {
      dot(logRatio, w, rows, columns, out);
      for (let i = 0; i < rows; i++) out[i] = powerOfE(out[i]!);
    },
  };
};

/**
 * The weighted product on the log scale: Σ_j w_j ln(x_ij / best_j), a weighted sum of log-ratios.
 * It ranks as the product does (exp is increasing) without an exp per option and sample, and the
 * weighted sum's WebAssembly loop runs it. Not for scores that offsets are added to (those are on
 * the product's own scale).
 */
const logProduct = (shape: Shape): Kernel => {
  const { rows, columns } = shape;
  const logRatio = new Float64Array(rows * columns);
  return {
    prepare: (values) => logRatiosInto(shape, values, logRatio),
    score: (w, out) => dot(logRatio, w, rows, columns, out),
    wasm: { kind: "linear", matrix: logRatio },
  };
};

const closeness = (shape: Shape, options: MethodOptions & { method: "topsis" }): Kernel => {
  const { rows, columns } = shape;
  const r = new Float64Array(rows * columns);
  const toBest = new Float64Array(rows * columns);
  const toWorst = new Float64Array(rows * columns);
  const over = problemHolder(shape);
  return {
    prepare: (values) => {
      normalizeInto(over(values), options.normalization ?? "vector", options.bounds, r);
      // With w >= 0, max_i(w r_ij) = w max_i(r_ij): the squared gaps can be taken before weighting.
      for (let j = 0; j < columns; j++) {
        let hi = -Infinity;
        let lo = Infinity;
        for (let i = 0; i < rows; i++) {
          hi = Math.max(hi, r[i * columns + j]!);
          lo = Math.min(lo, r[i * columns + j]!);
        }
        const flat = noSpread(lo, hi);
        for (let i = 0; i < rows; i++) {
          const toHi = r[i * columns + j]! - hi;
          const toLo = r[i * columns + j]! - lo;
          toBest[i * columns + j] = flat ? 0 : toHi * toHi;
          toWorst[i * columns + j] = flat ? 0 : toLo * toLo;
        }
      }
    },
    score: (w, out) => {
      for (let i = 0; i < rows; i++) {
        let plus = 0;
        let minus = 0;
        for (let j = 0; j < columns; j++) {
          const w2 = w[j]! * w[j]!;
          plus += w2 * toBest[i * columns + j]!;
          minus += w2 * toWorst[i * columns + j]!;
        }
        const dPlus = Math.sqrt(plus);
        const dMinus = Math.sqrt(minus);
        out[i] = dPlus + dMinus === 0 ? 1 : dMinus / (dPlus + dMinus);
      }
    },
    wasm: { kind: "closeness", toBest, toWorst },
  };
};

const compromise = (shape: Shape, v: number): Kernel => {
  const { rows, columns } = shape;
  const gap = new Float64Array(rows * columns);
  const S = new Float64Array(rows);
  const R = new Float64Array(rows);
  const over = problemHolder(shape);
  return {
    prepare: (values) => {
      normalizeInto(over(values), "min-max", undefined, gap);
      for (let k = 0; k < gap.length; k++) gap[k] = 1 - gap[k]!;
    },
    score: (w, out) => {
      let sBest = Infinity;
      let sWorst = -Infinity;
      let rBest = Infinity;
      let rWorst = -Infinity;
      for (let i = 0; i < rows; i++) {
        let sum = 0;
        let worst = 0;
        for (let j = 0; j < columns; j++) {
          const term = w[j]! * gap[i * columns + j]!;
          sum += term;
          if (term > worst) worst = term;
        }
        S[i] = sum;
        R[i] = worst;
        sBest = Math.min(sBest, sum);
        sWorst = Math.max(sWorst, sum);
        rBest = Math.min(rBest, worst);
        rWorst = Math.max(rWorst, worst);
      }
      const sFlat = noSpread(sBest, sWorst);
      const rFlat = noSpread(rBest, rWorst);
      for (let i = 0; i < rows; i++) {
        const group = sFlat ? 0 : (S[i]! - sBest) / (sWorst - sBest);
        const regret = rFlat ? 0 : (R[i]! - rBest) / (rWorst - rBest);
        out[i] = 1 - (v * group + (1 - v) * regret);
      }
    },
    wasm: { kind: "compromise", gap, v },
  };
};

const outranking = (
  { rows, columns, benefit }: Shape,
  options: MethodOptions & { method: "promethee2" },
): Kernel => {
  // The net flow is linear in the weights: φ_i = Σ_j w_j F_ij, with F_ij the criterion's net flow.
  const flow = new Float64Array(rows * columns);
  const prefs = Array.from({ length: columns }, (_, j) => ({
    fn: at<PreferenceFunction>(options.preference, j, "usual"),
    q: at(options.q, j, 0),
    p: at(options.p, j, 0),
    s: at(options.s, j, 0),
  }));
  const scale = rows > 1 ? 1 / (rows - 1) : 0;
  return {
    prepare: (values) => {
      flow.fill(0);
      for (let a = 0; a < rows; a++) {
        for (let b = a + 1; b < rows; b++) {
          for (let j = 0; j < columns; j++) {
            const raw = values[a * columns + j]! - values[b * columns + j]!;
            const d = benefit[j] ? raw : -raw;
            const net = (preference(prefs[j]!, d) - preference(prefs[j]!, -d)) * scale;
            flow[a * columns + j] = flow[a * columns + j]! + net;
            flow[b * columns + j] = flow[b * columns + j]! - net;
          }
        }
      }
    },
    score: (w, out) => dot(flow, w, rows, columns, out),
    wasm: { kind: "linear", matrix: flow },
  };
};

/**
 * The sampling kernel of a method, for a problem of this shape. Options must have been validated.
 * `scale: "log"` scores the weighted product on the log scale (same ranking; see `logProduct`).
 */
export const makeKernel = (
  shape: Shape,
  options: MethodOptions,
  scale: "score" | "log" = "score",
): Kernel => {
  switch (options.method) {
    case "wsm":
      return additive(shape, options);
    case "wpm":
      return scale === "log" ? logProduct(shape) : product(shape);
    case "topsis":
      return closeness(shape, options);
    case "vikor":
      return compromise(shape, options.v ?? 0.5);
    case "promethee2":
      return outranking(shape, options);
  }
};
