import { z } from "zod";
import type { RandomStream } from "./random";

/**
 * How SMAA samples weights (always normalized to sum to 1):
 * - `simplex`: uniform on the simplex (no weight information; the default).
 * - `intervals`: uniform on the part of the simplex where each weight lies in its [low, high].
 * - `ordinal`: uniform on the part where the criteria are ordered by importance: `order` lists
 *   criterion indices from most to least important.
 * - `fixed`: the problem's own weights (only ratings vary).
 */
export const WeightModel = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("simplex") }),
  z.object({
    kind: z.literal("intervals"),
    bounds: z.array(z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])),
  }),
  z.object({ kind: z.literal("ordinal"), order: z.array(z.number().int().min(0)) }),
  z.object({ kind: z.literal("fixed") }),
]);
export type WeightModel = z.infer<typeof WeightModel>;

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
    const low = model.bounds.reduce((s, b) => s + b[0], 0);
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

/**
 * Uniform on the simplex by the spacings of sorted uniforms (Rubin 1981): m − 1 uniforms sorted,
 * their gaps (and the ends) are the weights. No logarithms: this is the hot loop of SMAA.
 */
const simplex = (rng: RandomStream, out: Float64Array): void => {
  const m = out.length;
  for (let a = 0; a < m - 1; a++) {
    const u = rng.nextFast();
    let b = a - 1;
    while (b >= 0 && out[b]! > u) {
      out[b + 1] = out[b]!;
      b--;
    }
    out[b + 1] = u;
  }
  let previous = 0;
  for (let j = 0; j < m - 1; j++) {
    const u = out[j]!;
    out[j] = u - previous;
    previous = u;
  }
  out[m - 1] = 1 - previous;
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
    case "intervals":
      for (let attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
        simplex(rng, out);
        let inside = true;
        for (let j = 0; j < out.length && inside; j++) {
          const [lo, hi] = model.bounds[j]!;
          inside = out[j]! >= lo && out[j]! <= hi;
        }
        if (inside) return true;
      }
      return false;
  }
};
