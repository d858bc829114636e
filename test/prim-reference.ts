// PRIM written as the definition reads, candidate box by candidate box, each counted over all the
// data: slow and plain. The library's PRIM (src/discovery/prim.ts) must give the same boxes.
import type { PrimBox, PrimDimension, PrimLimit } from "../src/index";

const inLimit = (limit: PrimLimit, v: number): boolean =>
  limit.kind === "continuous" ? v >= limit.low && v <= limit.high : limit.keep.includes(v);

const insideBox = (data: readonly (readonly number[])[], limits: readonly PrimLimit[]): number[] => {
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

const sortedValues = (data: readonly (readonly number[])[], members: readonly number[], d: number) =>
  members.map((i) => data[i]![d]!).sort((a, b) => a - b);

const withLimit = (limits: readonly PrimLimit[], d: number, limit: PrimLimit): PrimLimit[] =>
  limits.map((l, k) => (k === d ? limit : l));

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

const fullBox = (data: readonly (readonly number[])[], dims: readonly PrimDimension[]): PrimLimit[] =>
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

const peelWith = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  alpha: number,
  minCount: number,
): PrimBox[] => {
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

const pasteWith = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  alpha: number,
): PrimBox => {
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

export const referencePeel = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  alpha: number,
  minSupport: number,
): PrimBox[] => peelWith(data, y, dims, alpha, Math.max(1, Math.ceil(minSupport * data.length)));

export const referencePaste = (
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  dims: readonly PrimDimension[],
  limits: readonly PrimLimit[],
  alpha: number,
): PrimBox => pasteWith(data, y, dims, limits, alpha);
