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

const boxOf = (
  limits: readonly PrimLimit[],
  members: readonly number[],
  y: readonly boolean[],
  totalHits: number,
): PrimBox => {
  const hits = members.reduce((n, i) => n + (y[i] ? 1 : 0), 0);
  return {
    limits,
    count: members.length,
    hits,
    density: members.length === 0 ? 0 : hits / members.length,
    coverage: totalHits === 0 ? 0 : hits / totalHits,
    support: members.length / y.length,
  };
};

/** The box's values on dimension d, sorted: for the quantile cuts of a peel. */
const sortedValues = (data: readonly (readonly number[])[], members: readonly number[], d: number) =>
  members.map((i) => data[i]![d]!).sort((a, b) => a - b);

/** The limits with dimension d's replaced. */
const withLimit = (limits: readonly PrimLimit[], d: number, limit: PrimLimit): PrimLimit[] =>
  limits.map((l, k) => (k === d ? limit : l));

/** The candidate boxes one peel can reach from `limits`: each side of each range, each category. */
const peels = (
  data: readonly (readonly number[])[],
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  members: readonly number[],
  alpha: number,
): PrimLimit[][] => {
  const out: PrimLimit[][] = [];
  dims.forEach((dim, d) => {
    const limit = limits[d]!;
    if (limit.kind === "continuous") {
      const values = sortedValues(data, members, d);
      const cut = Math.max(1, Math.floor(alpha * values.length));
      if (values.length <= cut) return;
      // Peel the lowest values: the new low is the first value above the cut.
      const low = values[cut]!;
      if (low > values[0]!) out.push(withLimit(limits, d, { ...limit, low }));
      const high = values[values.length - 1 - cut]!;
      if (high < values[values.length - 1]!) out.push(withLimit(limits, d, { ...limit, high }));
    } else if (limit.keep.length > 1) {
      for (const c of limit.keep) {
        out.push(withLimit(limits, d, { kind: "categorical", keep: limit.keep.filter((x) => x !== c) }));
      }
    }
  });
  return out;
};

/** The candidate boxes one paste can reach: each side of each range widened, each category back. */
const pastes = (
  data: readonly (readonly number[])[],
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  members: readonly number[],
  alpha: number,
): PrimLimit[][] => {
  const out: PrimLimit[][] = [];
  const step = Math.max(1, Math.floor(alpha * members.length));
  dims.forEach((dim, d) => {
    const limit = limits[d]!;
    // The scenarios inside every other limit: the ones a wider limit on d would take in.
    const others = limits.map((l, k) => (k === d ? undefined : l));
    const near = data
      .map((row, i) => i)
      .filter((i) => others.every((l, k) => l === undefined || inLimit(l, data[i]![k]!)));
    if (limit.kind === "continuous") {
      const outside = near.map((i) => data[i]![d]!);
      const below = outside.filter((v) => v < limit.low).sort((a, b) => b - a);
      if (below.length > 0)
        out.push(withLimit(limits, d, { ...limit, low: below[Math.min(step, below.length) - 1]! }));
      const above = outside.filter((v) => v > limit.high).sort((a, b) => a - b);
      if (above.length > 0)
        out.push(withLimit(limits, d, { ...limit, high: above[Math.min(step, above.length) - 1]! }));
    } else if (dim.kind === "categorical") {
      dim.categories.forEach((_, c) => {
        if (!limit.keep.includes(c)) {
          out.push(
            withLimit(limits, d, { kind: "categorical", keep: [...limit.keep, c].sort((a, b) => a - b) }),
          );
        }
      });
    }
  });
  return out;
};

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

const best = (
  candidates: readonly PrimLimit[][],
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  totalHits: number,
  minCount: number,
): PrimBox | undefined => {
  let chosen: PrimBox | undefined;
  for (const limits of candidates) {
    const box = boxOf(limits, insideBox(data, limits), y, totalHits);
    if (box.count < minCount) continue;
    if (
      !chosen ||
      box.density > chosen.density ||
      (box.density === chosen.density && box.count > chosen.count)
    ) {
      chosen = box;
    }
  }
  return chosen;
};

/**
 * PRIM's peeling (Friedman and Fisher 1999, "Bump hunting in high-dimensional data", Statistics
 * and Computing 9): from the box of all scenarios, repeatedly remove the α share at one side of
 * one range, or one category, choosing the peel that leaves the highest density of the target, as
 * long as the box keeps at least `minSupport` of the scenarios and the density does not fall.
 * Returns the trajectory, first box (all scenarios) first.
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
): PrimBox[] => {
  const { alpha, minCount } = settings(data, y, dims, options);
  const totalHits = y.filter(Boolean).length;
  const all = fullBox(data, dims);
  let box = boxOf(all, insideBox(data, all), y, totalHits);
  const path = [box];
  for (;;) {
    const members = insideBox(data, box.limits);
    const next = best(peels(data, dims, box.limits, members, alpha), data, y, totalHits, minCount);
    if (!next || next.density < box.density) break;
    box = next;
    path.push(box);
  }
  return path;
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
): PrimBox => {
  const { alpha } = settings(data, y, dims, options);
  const totalHits = y.filter(Boolean).length;
  let box = boxOf(limits, insideBox(data, limits), y, totalHits);
  for (;;) {
    const next = best(
      pastes(data, dims, box.limits, insideBox(data, box.limits), alpha),
      data,
      y,
      totalHits,
      0,
    );
    if (!next || next.density < box.density || next.count <= box.count) return box;
    box = next;
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
