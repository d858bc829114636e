import { z } from "zod";
import { MethodOptions } from "../methods/method-options";
import { DecisionProblem } from "../methods/problem";
import { FiniteNumber } from "../model/numbers";

/**
 * How SMAA samples weights (always normalized to sum to 1):
 * - `simplex`: uniform on the simplex (no weight information; the default).
 * - `intervals`: uniform on the part of the simplex where each weight lies in its [low, high]
 *   (lower bounds met exactly by a shift, upper bounds by rejection). Rejection costs more with
 *   more criteria: with every weight within ±50% of a point, about 2 µs a sample for 9
 *   criteria, 15 µs for 12, 30 µs for 15 and 270 µs for 20 on the benchmark machine; a sample
 *   that no try in 100,000 fits fails the run with an error at `options.weights.bounds`.
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

/**
 * A decision problem for SMAA: the matrix, weights (used by the `fixed` weight model and as the
 * default for nothing else) and directions, plus optional `intervals` per cell ([low, high], or
 * null where the value is certain), `tiers` (a lower tier always ranks first: feasible before
 * infeasible) and `offsets` (added to each option's score: penalties).
 */
export const SmaaProblem = z.intersection(
  DecisionProblem,
  z.object({
    intervals: z.array(z.array(z.tuple([FiniteNumber, FiniteNumber]).nullable())).optional(),
    tiers: z.array(z.number().int()).optional(),
    offsets: z.array(FiniteNumber).optional(),
  }),
);
export type SmaaProblem = z.infer<typeof SmaaProblem>;

/** The SMAA run: method, number of samples, seed, weight model, and confidence-factor samples. */
export const SmaaOptions = z
  .object({
    method: MethodOptions.default({ method: "wsm" }),
    samples: z.number().int().min(1).max(1e10).default(10_000),
    /** A 32-bit integer: the streams take the seed's 32 bits, so each seed in this range gives its own run. */
    seed: z
      .number()
      .int()
      .min(-(2 ** 31), {
        error: (i) => `expected a 32-bit seed, from ${-(2 ** 31)} to ${2 ** 31 - 1}, got ${String(i.input)}`,
      })
      .max(2 ** 31 - 1, {
        error: (i) => `expected a 32-bit seed, from ${-(2 ** 31)} to ${2 ** 31 - 1}, got ${String(i.input)}`,
      })
      .default(0),
    weights: WeightModel.default({ kind: "simplex" }),
    /**
     * `sampled`: every rating with an interval is drawn within it (the default); `fixed`: ratings
     * are held at their values and only the weights vary.
     */
    ratings: z.enum(["sampled", "fixed"]).default("sampled"),
    /** Rating samples per option for the confidence factors (only used when ratings are uncertain). */
    confidenceSamples: z.number().int().min(1).max(1e8).default(10_000),
    /**
     * `auto` runs the sample loop in WebAssembly where it applies (every method with certain
     * ratings, the weighted product without offsets; the weighted sum over stated bounds with
     * sampled ratings too) and in JavaScript elsewhere; `js` always in JavaScript. Both give the
     * same result, bit for bit: `js` is there to check that.
     */
    engine: z.enum(["auto", "js"]).default("auto"),
  })
  .strict();
export type SmaaOptions = z.infer<typeof SmaaOptions>;
/** SMAA options as a user writes them: every field optional. */
export type SmaaOptionsInput = z.input<typeof SmaaOptions>;

/** A range of samples for a shard: [start, end), start a multiple of `BLOCK`, end too or the last sample. */
export interface SampleRange {
  readonly start: number;
  readonly end: number;
}
