import { PolicyMatrixError } from "../errors";

/**
 * A dimension of the scenarios PRIM looks at: `continuous` values (numbers) or `categorical` ones
 * (each scenario's value is one of `categories`, given as its index).
 */
export type PrimDimension =
  | { readonly name: string; readonly kind: "continuous" }
  | { readonly name: string; readonly kind: "categorical"; readonly categories: readonly string[] };

/** A box's limit on one dimension: a range, or the categories it keeps. */
export type PrimLimit =
  | { readonly kind: "continuous"; readonly low: number; readonly high: number }
  | { readonly kind: "categorical"; readonly keep: readonly number[] };

/** A box: one limit per dimension (unrestricted ones span all the data), and its counts. */
export interface PrimBox {
  readonly limits: readonly PrimLimit[];
  /** Scenarios in the box. */
  readonly count: number;
  /** Scenarios in the box where the target holds. */
  readonly hits: number;
  /** hits / count: how often the target holds in the box. */
  readonly density: number;
  /** hits / all hits: the share of the target's scenarios the box holds. */
  readonly coverage: number;
  /** count / all scenarios. */
  readonly support: number;
}

/** PRIM's settings: the share peeled or pasted per step, and the smallest box it keeps. */
export interface PrimOptions {
  /** The share of the box's scenarios one peel removes (default 0.05). */
  readonly alpha?: number;
  /** The smallest support a box may have (default 0.05 of the scenarios). */
  readonly minSupport?: number;
}

const inLimit = (limit: PrimLimit, v: number): boolean =>
  limit.kind === "continuous" ? v >= limit.low && v <= limit.high : limit.keep.includes(v);

/**
 * The indices of the scenarios inside every limit.
 *
 * @example
 * ```ts
 * insideBox([[0, 1], [5, 0], [2, 2]], [{ kind: "continuous", low: 0, high: 3 }, { kind: "categorical", keep: [1, 2] }]); // [0, 2]
 * ```
 */
export const insideBox = (data: readonly (readonly number[])[], limits: readonly PrimLimit[]): number[] => {
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) {
    if (limits.every((l, d) => inLimit(l, data[i]![d]!))) out.push(i);
  }
  return out;
};

/** The scenarios column by column (typed arrays: one pass over a dimension reads one array). */
interface Frame {
  readonly n: number;
  readonly columns: readonly Float64Array[];
  readonly y: Uint8Array;
  readonly totalHits: number;
}

const frameOf = (data: readonly (readonly number[])[], y: readonly boolean[], width: number): Frame => {
  const n = data.length;
  const columns = Array.from({ length: width }, () => new Float64Array(n));
  const flags = new Uint8Array(n);
  let totalHits = 0;
  for (let i = 0; i < n; i++) {
    const row = data[i]!;
    for (let d = 0; d < width; d++) columns[d]![i] = row[d]!;
    flags[i] = y[i] ? 1 : 0;
    totalHits += flags[i]!;
  }
  return { n, columns, y: flags, totalHits };
};

const boxOf = (limits: readonly PrimLimit[], count: number, hits: number, f: Frame): PrimBox => ({
  limits,
  count,
  hits,
  density: count === 0 ? 0 : hits / count,
  coverage: f.totalHits === 0 ? 0 : hits / f.totalHits,
  support: count / f.n,
});

/** The k-th smallest (from 0) of a[0..length), by quickselect; reorders a. */
const select = (a: Float64Array, length: number, k: number): number => {
  let lo = 0;
  let hi = length - 1;
  while (hi > lo) {
    // Median of three as the pivot.
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const yv = a[mid]!;
    const z = a[hi]!;
    const pivot = x < yv ? (yv < z ? yv : x < z ? z : x) : x < z ? x : yv < z ? z : yv;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
};

/** A candidate box: one limit changed, with its counts. */
interface Candidate {
  readonly d: number;
  readonly limit: PrimLimit;
  readonly count: number;
  readonly hits: number;
}

/** Keeps the denser candidate (the larger on equal density; the earlier on a full tie). */
const better = (chosen: Candidate | undefined, c: Candidate, minCount: number): Candidate | undefined => {
  if (c.count < minCount) return chosen;
  if (!chosen) return c;
  const density = c.count === 0 ? 0 : c.hits / c.count;
  const old = chosen.count === 0 ? 0 : chosen.hits / chosen.count;
  return density > old || (density === old && c.count > chosen.count) ? c : chosen;
};

/** The limits with dimension d's replaced. */
const withLimit = (limits: readonly PrimLimit[], d: number, limit: PrimLimit): PrimLimit[] =>
  limits.map((l, k) => (k === d ? limit : l));

/**
 * The best box one peel can reach from the box of `members`: the α share off either side of each
 * range, or one category off (in that order; the denser wins, then the larger, then the earlier).
 */
const bestPeel = (
  f: Frame,
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  members: Int32Array,
  m: number,
  hits: number,
  alpha: number,
  minCount: number,
  scratch: Float64Array,
): Candidate | undefined => {
  let chosen: Candidate | undefined;
  dims.forEach((dim, d) => {
    const limit = limits[d]!;
    const column = f.columns[d]!;
    if (limit.kind === "continuous") {
      let min = Infinity;
      let max = -Infinity;
      for (let k = 0; k < m; k++) {
        const v = column[members[k]!]!;
        scratch[k] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      const cut = Math.max(1, Math.floor(alpha * m));
      if (m <= cut) return;
      // Peel the lowest values: the new low is the value at the cut, in sorted order.
      const low = select(scratch, m, cut);
      const high = select(scratch, m, m - 1 - cut);
      // Both peels counted in one pass over the box.
      let countLow = 0;
      let hitsLow = 0;
      let countHigh = 0;
      let hitsHigh = 0;
      for (let k = 0; k < m; k++) {
        const i = members[k]!;
        const v = column[i]!;
        const hit = f.y[i]!;
        if (v >= low) {
          countLow++;
          hitsLow += hit;
        }
        if (v <= high) {
          countHigh++;
          hitsHigh += hit;
        }
      }
      if (low > min) {
        chosen = better(chosen, { d, limit: { ...limit, low }, count: countLow, hits: hitsLow }, minCount);
      }
      if (high < max) {
        chosen = better(chosen, { d, limit: { ...limit, high }, count: countHigh, hits: hitsHigh }, minCount);
      }
    } else if (limit.keep.length > 1 && dim.kind === "categorical") {
      const counts = new Float64Array(dim.categories.length);
      const hitsOf = new Float64Array(dim.categories.length);
      for (let k = 0; k < m; k++) {
        const i = members[k]!;
        const c = column[i]!;
        counts[c]!++;
        hitsOf[c] = hitsOf[c]! + f.y[i]!;
      }
      for (const c of limit.keep) {
        const keep = limit.keep.filter((x) => x !== c);
        chosen = better(
          chosen,
          { d, limit: { kind: "categorical", keep }, count: m - counts[c]!, hits: hits - hitsOf[c]! },
          minCount,
        );
      }
    }
  });
  return chosen;
};

const inLimitAt = (limit: PrimLimit, kept: Uint8Array | undefined, v: number): boolean =>
  limit.kind === "continuous" ? v >= limit.low && v <= limit.high : kept![v] === 1;

/** Each categorical limit's kept categories as flags, for a fast membership test. */
const keptFlags = (dims: readonly PrimDimension[], limits: readonly PrimLimit[]) =>
  limits.map((l, d) => {
    const dim = dims[d]!;
    if (l.kind !== "categorical" || dim.kind !== "categorical") return undefined;
    const flags = new Uint8Array(Math.max(dim.categories.length, ...l.keep.map((c) => c + 1)));
    for (const c of l.keep) flags[c] = 1;
    return flags;
  });

/**
 * The whole data's box: every range from its least to its largest value, every category kept.
 *
 * @example
 * ```ts
 * fullBox([[3], [1]], [{ name: "x", kind: "continuous" }]); // [{ kind: "continuous", low: 1, high: 3 }]
 * ```
 */
export const fullBox = (data: readonly (readonly number[])[], dims: readonly PrimDimension[]): PrimLimit[] =>
  dims.map((dim, d) =>
    dim.kind === "continuous"
      ? {
          kind: "continuous",
          low: data.reduce((m, row) => Math.min(m, row[d]!), Infinity),
          high: data.reduce((m, row) => Math.max(m, row[d]!), -Infinity),
        }
      : { kind: "categorical", keep: dim.categories.map((_, c) => c) },
  );

/**
 * PRIM's peeling (Friedman and Fisher 1999, "Bump hunting in high-dimensional data", Statistics
 * and Computing 9): from the box of all scenarios, repeatedly remove the α share at one side of
 * one range, or one category, choosing the peel that leaves the highest density of the target, as
 * long as the box keeps at least `minSupport` of the scenarios and the density does not fall.
 * Returns the trajectory, first box (all scenarios) first. Each step reads each dimension of the
 * box's scenarios once (quickselect for the cuts), so a step costs O(scenarios × dimensions).
 *
 * @example
 * ```ts
 * const data = [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]];
 * const y = data.map(([x]) => x >= 7);
 * const path = peel(data, y, [{ name: "x", kind: "continuous" }], { alpha: 0.1, minSupport: 0.3 });
 * path.at(-1).limits; // [{ kind: "continuous", low: 7, high: 9 }]
 * path.at(-1).density; // 1
 * ```
 */
export const peel = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  options: PrimOptions = {},
): PrimBox[] => peelOn(primData(data, y, dims, options));

/**
 * Scenarios, outcomes and settings checked once and laid out column by column, for peeling and
 * then pasting the same data (`discover` does both) without checking and copying it twice.
 */
export interface PrimData {
  readonly frame: Frame;
  readonly data: readonly (readonly number[])[];
  readonly dims: readonly PrimDimension[];
  readonly alpha: number;
  readonly minCount: number;
}

/** Checks the scenarios, outcomes and settings (throwing a PolicyMatrixError) and lays them out for `peelOn` and `pasteOn`. */
export const primData = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  options: PrimOptions = {},
): PrimData => ({ ...settings(data, y, dims, options), frame: frameOf(data, y, dims.length), data, dims });

/** `peel` on data laid out by `primData`. */
export const peelOn = ({ frame: f, data, dims, alpha, minCount }: PrimData): PrimBox[] => {
  let members = Int32Array.from({ length: f.n }, (_, i) => i);
  let m = f.n;
  let box = boxOf(fullBox(data, dims), m, f.totalHits, f);
  const scratch = new Float64Array(f.n);
  const path = [box];
  for (;;) {
    const next = bestPeel(f, dims, box.limits, members, m, box.hits, alpha, minCount, scratch);
    if (!next) break;
    const candidate = boxOf(withLimit(box.limits, next.d, next.limit), next.count, next.hits, f);
    if (candidate.density < box.density) break;
    // The box's scenarios within the one limit that changed.
    const column = f.columns[next.d]!;
    const flags = keptFlags(dims, candidate.limits)[next.d];
    const kept = new Int32Array(next.count);
    let k = 0;
    for (let j = 0; j < m; j++) {
      const i = members[j]!;
      if (inLimitAt(next.limit, flags, column[i]!)) kept[k++] = i;
    }
    members = kept;
    m = k;
    box = candidate;
    path.push(box);
  }
  return path;
};

/** The best box one paste can reach: each side of each range widened by about α of the box, each category back. */
const bestPaste = (
  f: Frame,
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  alpha: number,
  scratch: { values: Float64Array; index: Int32Array; outside: Int32Array; which: Int32Array },
): { box: { count: number; hits: number }; next: Candidate | undefined } => {
  const flags = keptFlags(dims, limits);
  // Each scenario's violated limits: none (in the box), one (which: the one), or more (−1).
  let m = 0;
  let hits = 0;
  for (let i = 0; i < f.n; i++) {
    let which = -2;
    for (let d = 0; d < dims.length; d++) {
      if (!inLimitAt(limits[d]!, flags[d], f.columns[d]![i]!)) {
        which = which === -2 ? d : -1;
        if (which === -1) break;
      }
    }
    scratch.which[i] = which;
    if (which === -2) {
      m++;
      hits += f.y[i]!;
    }
  }
  const step = Math.max(1, Math.floor(alpha * m));
  let chosen: Candidate | undefined;
  dims.forEach((dim, d) => {
    const limit = limits[d]!;
    const column = f.columns[d]!;
    // The scenarios inside every other limit but outside this one: those a wider limit takes in.
    let outside = 0;
    for (let i = 0; i < f.n; i++) if (scratch.which[i] === d) scratch.outside[outside++] = i;
    const widen = (side: "low" | "high") => {
      if (limit.kind !== "continuous") return;
      let len = 0;
      for (let k = 0; k < outside; k++) {
        const i = scratch.outside[k]!;
        const v = column[i]!;
        if (side === "low" ? v < limit.low : v > limit.high) {
          scratch.values[len] = v;
          scratch.index[len++] = i;
        }
      }
      if (len === 0) return;
      const take = Math.min(step, len);
      // The take-th nearest value beyond the limit.
      const to =
        side === "low" ? select(scratch.values, len, len - take) : select(scratch.values, len, take - 1);
      let count = m;
      let h = hits;
      for (let k = 0; k < len; k++) {
        const i = scratch.index[k]!;
        const v = column[i]!;
        if (side === "low" ? v >= to : v <= to) {
          count++;
          h += f.y[i]!;
        }
      }
      chosen = better(
        chosen,
        { d, limit: side === "low" ? { ...limit, low: to } : { ...limit, high: to }, count, hits: h },
        0,
      );
    };
    if (limit.kind === "continuous") {
      widen("low");
      widen("high");
    } else if (dim.kind === "categorical") {
      dim.categories.forEach((_, c) => {
        if (limit.keep.includes(c)) return;
        let count = m;
        let h = hits;
        for (let k = 0; k < outside; k++) {
          const i = scratch.outside[k]!;
          if (column[i] === c) {
            count++;
            h += f.y[i]!;
          }
        }
        const keep = [...limit.keep, c].sort((a, b) => a - b);
        chosen = better(chosen, { d, limit: { kind: "categorical", keep }, count, hits: h }, 0);
      });
    }
  });
  return { box: { count: m, hits }, next: chosen };
};

/**
 * PRIM's pasting: from a box, repeatedly widen one range by about α of its scenarios, or take back
 * one category, choosing the paste with the highest density, while the density does not fall (so
 * the box grows without losing purity). Returns the final box.
 *
 * @example
 * ```ts
 * const data = [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]];
 * const y = data.map(([x]) => x >= 6);
 * const dims = [{ name: "x", kind: "continuous" }];
 * paste(data, y, dims, [{ kind: "continuous", low: 7, high: 9 }], { alpha: 0.1 }).limits; // [{ kind: "continuous", low: 6, high: 9 }]
 * ```
 */
export const paste = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  options: PrimOptions = {},
): PrimBox => pasteOn(primData(data, y, dims, options), limits);

/** `paste` on data laid out by `primData`. */
export const pasteOn = ({ frame: f, dims, alpha }: PrimData, limits: readonly PrimLimit[]): PrimBox => {
  const scratch = {
    values: new Float64Array(f.n),
    index: new Int32Array(f.n),
    outside: new Int32Array(f.n),
    which: new Int32Array(f.n),
  };
  let current = limits;
  for (;;) {
    const { box: counts, next } = bestPaste(f, dims, current, alpha, scratch);
    const box = boxOf(current, counts.count, counts.hits, f);
    if (!next) return box;
    const candidate = boxOf(withLimit(current, next.d, next.limit), next.count, next.hits, f);
    if (candidate.density < box.density || candidate.count <= box.count) return box;
    current = candidate.limits;
  }
};

const settings = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  options: PrimOptions,
) => {
  const alpha = options.alpha ?? 0.05;
  const minSupport = options.minSupport ?? 0.05;
  const issues = [];
  if (!(alpha > 0 && alpha < 1))
    issues.push({ path: "options.alpha", message: `expected a share in (0, 1), got ${alpha}` });
  if (!(minSupport > 0 && minSupport <= 1)) {
    issues.push({ path: "options.minSupport", message: `expected a share in (0, 1], got ${minSupport}` });
  }
  if (data.length === 0 || data.length !== y.length) {
    issues.push({
      path: "data",
      message: `expected as many scenarios as outcomes, at least one; got ${data.length} and ${y.length}`,
    });
  }
  data.forEach((row, i) => {
    if (row.length !== dims.length || row.some((v) => !Number.isFinite(v))) {
      issues.push({ path: `data[${i}]`, message: `expected ${dims.length} finite numbers` });
    }
  });
  if (issues.length > 0) throw new PolicyMatrixError("invalid-input", issues.slice(0, 5));
  return { alpha, minCount: Math.max(1, Math.ceil(minSupport * data.length)) };
};
