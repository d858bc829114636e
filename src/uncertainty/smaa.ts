import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fail, orThrow, PolicyMatrixError } from "../errors";
import {
  blockScratch,
  blocksOf,
  checkAccumulator,
  checkRange,
  mergeSmaaEither,
  runBlock,
  talliesOf,
  toAccumulator,
  zeroTotals,
  type SmaaAccumulator,
} from "./accumulator";
import { finalize, type SmaaResult, type Tallies } from "./finalize";
import { BLOCK } from "./sampler";
import { setupSmaa, type Setup } from "./setup";
import type { SampleRange, SmaaOptionsInput, SmaaProblem } from "./smaa-options";
import { wasmReady } from "./wasm-engine";
import { isRecord, objectArgument } from "../model/arguments";

/** Progress of a run: samples done of the total. */
export interface SmaaProgress {
  readonly done: number;
  readonly total: number;
}

/** Progress reporting and cancellation for `smaa`. */
export interface SmaaControl {
  /** Called after each block of samples with how many are done. */
  readonly onProgress?: (progress: SmaaProgress) => void;
  /** Aborting it stops the run with a `cancelled` error. */
  readonly signal?: AbortSignal;
}

/** The error of a run stopped by its AbortSignal. */
export const cancelled = () =>
  new PolicyMatrixError("cancelled", [{ path: "signal", message: "the SMAA run was cancelled" }]);

/** Gives the event loop a turn (so that progress shows and cancellation can arrive) without a timer's delay. */
export const yieldTurn = (): Promise<void> =>
  new Promise((resolve) => {
    const immediate = (globalThis as { setImmediate?: (f: () => void) => void }).setImmediate;
    if (immediate) immediate(resolve);
    else if (typeof MessageChannel !== "undefined") {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });

const shardOf = (setup: Setup, range: SampleRange, sampler = setup.sampler()): SmaaAccumulator => {
  const sums = zeroTotals(sampler.rows, sampler.columns);
  const scratch = blockScratch(sampler.rows, sampler.columns);
  for (const block of blocksOf(range)) runBlock(sampler, block, range, sums, scratch);
  return toAccumulator(setup.run, sampler, [[range.start, range.end]], sums);
};

/** Finalizes the tallies of a run set up by `setupSmaa`, with the run's sampler where there is one. */
export const finish = (setup: Setup, acc: Tallies, sampler = setup.sampler()): SmaaResult =>
  finalize(acc, sampler, {
    method: setup.options.method,
    weights: setup.options.weights,
    ratings: setup.options.ratings,
    confidenceSamples: setup.options.confidenceSamples,
  });

/** The Either twin of `smaaShard`. */
export const smaaShardEither = (
  problem: SmaaProblem,
  options: SmaaOptionsInput,
  range: SampleRange,
): E.Either<PolicyMatrixError, SmaaAccumulator> =>
  pipe(
    setupSmaa(problem, options),
    E.chain((setup) =>
      pipe(
        isRecord(range)
          ? checkRange(range, setup.options.samples)
          : fail("invalid-input", "range", "expected { start, end }"),
        E.map((r) => shardOf(setup, r)),
      ),
    ),
  );

/**
 * Runs one shard of an SMAA run: the samples in [start, end) of `options.samples`, start on a
 * block boundary (a multiple of 16384). Any batch runner can run shards, by seed and range, on any
 * machine; `mergeSmaa` then `finalizeSmaa` give exactly the single run's result.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[1, 2], [2, 1]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * smaaShard(problem, { samples: 20000, seed: 1 }, { start: 16384, end: 20000 }).ranges; // [[16384, 20000]]
 * ```
 */
export const smaaShard = (
  problem: SmaaProblem,
  options: SmaaOptionsInput,
  range: SampleRange,
): SmaaAccumulator => orThrow(smaaShardEither(problem, options, range));

/**
 * Merges accumulators of one run (same problem size and seed, ranges that do not overlap), exactly:
 * the order does not matter.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[1, 2], [2, 1], [0, 3]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * const options = { samples: 40000, seed: 3 };
 * const a = smaaShard(problem, options, { start: 0, end: 16384 });
 * const b = smaaShard(problem, options, { start: 16384, end: 40000 });
 * finalizeSmaa(problem, options, mergeSmaa([b, a])).acceptability; // smaaSync(problem, options).acceptability
 * ```
 */
export const mergeSmaa = (parts: readonly SmaaAccumulator[]): SmaaAccumulator =>
  orThrow(mergeSmaaEither(parts));

/** The Either twin of `finalizeSmaa`. */
export const finalizeSmaaEither = (
  problem: SmaaProblem,
  options: SmaaOptionsInput,
  acc: SmaaAccumulator,
): E.Either<PolicyMatrixError, SmaaResult> =>
  pipe(
    setupSmaa(problem, options),
    E.chain((setup) =>
      pipe(
        checkAccumulator(acc, "accumulator"),
        E.chain((a) => coversRun(setup, a)),
        E.map((a) => finish(setup, a)),
      ),
    ),
  );

/** The accumulator is this run's, and covers every one of its samples, once. */
const coversRun = (setup: Setup, acc: SmaaAccumulator): E.Either<PolicyMatrixError, SmaaAccumulator> => {
  if (acc.run !== setup.run) {
    return fail(
      "invalid-input",
      "accumulator.run",
      "these tallies are of another run (problem, options or seed)",
    );
  }
  const { samples } = setup.options;
  let next = 0;
  for (const [start, end] of acc.ranges) {
    if (start !== next) {
      return fail(
        "invalid-input",
        "accumulator.ranges",
        start > next ? `samples ${next} to ${start} are missing` : `samples from ${start} count twice`,
      );
    }
    next = end;
  }
  if (next !== samples) {
    return fail(
      "invalid-input",
      "accumulator.ranges",
      `samples ${next} to ${samples} are missing (the run has ${samples})`,
    );
  }
  return E.right(acc);
};

/**
 * Turns (merged) tallies into an SMAA result: acceptability, pairwise winning shares, central
 * weights, confidence factors and standard errors.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[1, 2], [2, 1]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * const shard = smaaShard(problem, { samples: 1000 }, { start: 0, end: 1000 });
 * finalizeSmaa(problem, { samples: 1000 }, shard).samples; // 1000
 * ```
 */
export const finalizeSmaa = (
  problem: SmaaProblem,
  options: SmaaOptionsInput,
  acc: SmaaAccumulator,
): SmaaResult => orThrow(finalizeSmaaEither(problem, options, acc));

/** The Either twin of `smaaSync`. */
export const smaaSyncEither = (
  problem: SmaaProblem,
  options: SmaaOptionsInput = {},
): E.Either<PolicyMatrixError, SmaaResult> =>
  pipe(
    setupSmaa(problem, options),
    E.map((setup) => {
      const sampler = setup.sampler();
      return finish(setup, shardOf(setup, { start: 0, end: setup.options.samples }, sampler), sampler);
    }),
  );

/**
 * SMAA (Lahdelma and Salminen 2001) in one go, on this thread: samples weights (uniform on the
 * simplex unless `options.weights` says otherwise) and, where `intervals` are given, ratings; ranks
 * the options under `options.method` in each sample. Seeded: the same seed gives the same result.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[4, 0], [1, 4]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * const r = smaaSync(problem, { method: { method: "wsm", bounds: [[0, 4], [0, 4]] }, samples: 100000, seed: 7 });
 * Math.abs(r.acceptability[0][0] - 3 / 7) < 4 * r.standardError.max; // true
 * ```
 */
export const smaaSync = (problem: SmaaProblem, options: SmaaOptionsInput = {}): SmaaResult =>
  orThrow(smaaSyncEither(problem, options));

/** The Either twin of `smaa`. */
export const smaaEither = async (
  problem: SmaaProblem,
  options: SmaaOptionsInput = {},
  control: SmaaControl = {},
): Promise<E.Either<PolicyMatrixError, SmaaResult>> => {
  const controlled = objectArgument(control, "control", "{ onProgress?, signal? }");
  if (E.isLeft(controlled)) return controlled;
  const setup = setupSmaa(problem, options);
  if (E.isLeft(setup)) return setup;
  await wasmReady();
  const { samples } = setup.right.options;
  const range = { start: 0, end: samples };
  const sampler = setup.right.sampler();
  const sums = zeroTotals(sampler.rows, sampler.columns);
  const scratch = blockScratch(sampler.rows, sampler.columns);
  for (const block of blocksOf(range)) {
    if (control.signal?.aborted) return E.left(cancelled());
    try {
      runBlock(sampler, block, range, sums, scratch);
    } catch (error) {
      if (error instanceof PolicyMatrixError) return E.left(error);
      throw error;
    }
    control.onProgress?.({ done: Math.min(samples, (block + 1) * BLOCK), total: samples });
    await yieldTurn();
  }
  if (control.signal?.aborted) return E.left(cancelled());
  return E.right(finish(setup.right, talliesOf(sampler, [[0, samples]], sums), sampler));
};

/**
 * SMAA without blocking: runs block by block, reporting progress after each and stopping with a
 * `cancelled` error when the signal aborts. The result is the same as `smaaSync`'s.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[1, 2], [2, 1]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * const seen = [];
 * const r = await smaa(problem, { samples: 40000 }, { onProgress: (p) => seen.push(p.done) });
 * seen; // [16384, 32768, 40000]
 * Math.abs(r.acceptability[0][0] + r.acceptability[1][0] - 1) < 1e-12; // true
 * ```
 */
export const smaa = async (
  problem: SmaaProblem,
  options: SmaaOptionsInput = {},
  control: SmaaControl = {},
): Promise<SmaaResult> => orThrow(await smaaEither(problem, options, control));
