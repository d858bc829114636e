// A validated SMAA run reduced to plain data (arrays and plain objects, no schema), from which each
// thread builds its own sampler. Worker threads receive the plan, not the user's input: they start
// without loading zod and do not validate again what the calling thread has checked.
import type { PreparedProblem } from "../methods/problem";
import { makeKernel } from "./kernels";
import { RandomStream } from "./random";
import { BLOCK, type Sampler } from "./sampler";
import type { SmaaOptions } from "./smaa-options";
import { makeWasmBlock } from "./wasm-engine";
import type { WeightModel } from "./smaa-options";
import { MAX_REJECTIONS } from "./weights";

/** Everything a sampler is built from; structured-cloneable, so it can be posted to a thread. */
export interface SamplerPlan {
  readonly p: PreparedProblem;
  readonly options: Pick<SmaaOptions, "method" | "weights" | "seed" | "engine">;
  /** Each cell's lowest and highest value (equal to the rating where it is certain), row-major. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** Whether some cell's interval has width. */
  readonly uncertain: boolean;
  readonly tiers?: readonly number[];
  readonly offsets?: readonly number[];
}

/** A sampler for one thread: its own kernel, random stream, scratch and WebAssembly loop. */
export const makeSampler = ({ p, options, low, high, uncertain, tiers, offsets }: SamplerPlan): Sampler => {
  // The weighted product ranks on the log scale, unless offsets are added to its scores.
  const kernel = makeKernel(p, options.method, (offsets ?? []).every((x) => x === 0) ? "log" : "score");
  kernel.prepare(p.values);
  const flat = new Set(tiers ?? [0]).size === 1 && (offsets ?? []).every((x) => x === 0);
  const tierArray = Int32Array.from(tiers ?? new Array<number>(p.rows).fill(0));
  const offsetArray = Float64Array.from(offsets ?? new Array<number>(p.rows).fill(0));
  const wasm = kernel.wasm;
  const loop = (model: WeightModel, fixedWeights: Float64Array) =>
    options.engine === "auto" && wasm
      ? makeWasmBlock({
          rows: p.rows,
          columns: p.columns,
          score: wasm,
          model,
          fixedWeights,
          seed: options.seed,
          rejections: MAX_REJECTIONS,
          block: BLOCK,
          ...(uncertain ? { ratings: { low, high } } : {}),
          ...(flat ? {} : { tiers: tierArray, offsets: offsetArray }),
        })
      : undefined;
  const block = loop(options.weights, p.weights);
  return {
    rows: p.rows,
    columns: p.columns,
    kernel,
    model: options.weights,
    seed: options.seed,
    fixedWeights: p.weights,
    base: p.values,
    low,
    high,
    uncertain,
    tiers: tierArray,
    offsets: offsetArray,
    flat,
    rng: new RandomStream(options.seed, 0),
    values: Float64Array.from(p.values),
    weights: new Float64Array(p.columns),
    scratch: new Float64Array(p.columns),
    scores: new Float64Array(p.rows),
    above: new Int32Array(p.rows),
    same: new Int32Array(p.rows),
    ...(block ? { block, fixedBlock: (w: Float64Array) => loop({ kind: "fixed" }, w) } : {}),
  };
};
