// SMAA on several threads with Node's worker_threads. This module imports `node:` modules and is
// published apart (`policy-matrix/parallel`) so that the core stays browser-safe.
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { fail, orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { objectArgument } from "../model/arguments";
import { addExactFrom } from "./exact";
import { blockScratch, runBlock, talliesOf, zeroTotals } from "./accumulator";
import type { SmaaResult } from "./finalize";
import { BLOCK, type Tally } from "./sampler";
import { setupSmaa } from "./setup";
import type { Job } from "./parallel-worker";
import { cancelled, finish, smaaEither, yieldTurn, type SmaaControl } from "./smaa";
import type { SmaaOptionsInput, SmaaProblem } from "./smaa-options";
import { wasmReady } from "./wasm-engine";

/** Options of the parallel runner: how many worker threads (default: as many as the cores). */
export interface ParallelControl extends SmaaControl {
  /**
   * A whole number from 1 to 256, capped at the machine's parallelism (more threads than cores
   * only slow the run and take memory) and at the number of blocks of samples. The result is the
   * same whatever the number.
   */
  readonly workers?: number;
}

/** The most threads a run may ask for (the CLI's `--workers` has the same bound). */
const MAX_WORKERS = 256;

/**
 * The threads a run uses: what was asked (default: the cores), at most the cores and the blocks,
 * at least one.
 */
export const workerCount = (
  asked: number | undefined,
  blocks: number,
  cores = availableParallelism(),
): number => Math.max(1, Math.min(asked ?? cores, cores, blocks));

type Message = { job: number } & (
  ({ type: "block"; block: number } & Tally) | { type: "done" } | { type: "error"; issues: ErrorIssue[] }
);

/** A thread of the pool, and the runs it was sent and has not finished. */
interface Pooled {
  readonly worker: Worker;
  readonly pending: Set<number>;
}

/**
 * Worker threads, started on first use and kept for later runs (loading the library in a thread
 * takes a tenth of a second or more). Idle threads do not keep the process alive.
 */
const pool: Pooled[] = [];
/** Each run's message handler, by run id. */
const runs = new Map<number, (m: Message | { type: "exit"; why: string }) => void>();
let lastRun = 0;

/**
 * A worker thread running `parallel-worker` beside this file (TypeScript through tsx when run from
 * the source). The thread starts from a line of code that imports the file, not from the file
 * itself: a thread inherits the process's options, and a script run with `node --input-type=module
 * -e ...` (or from standard input) has one that Node refuses for a thread started from a file.
 */
const startWorker = (): Worker => {
  const ext = extname(fileURLToPath(import.meta.url));
  const file = JSON.stringify(new URL(`./parallel-worker${ext}`, import.meta.url).href);
  const boot =
    ext === ".ts"
      ? `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${file}); })`
      : `import(${file})`;
  return new Worker(boot, { eval: true });
};

/** The first `count` threads of the pool, started where missing. */
const threads = (count: number): Pooled[] => {
  while (pool.length < count) {
    const worker = startWorker();
    const pooled: Pooled = { worker, pending: new Set() };
    worker.unref();
    worker.on("message", (m: Message) => {
      if (m.type === "done" || m.type === "error") {
        pooled.pending.delete(m.job);
        if (pooled.pending.size === 0) worker.unref();
      }
      runs.get(m.job)?.(m);
    });
    const gone = (why: string) => {
      pool.splice(pool.indexOf(pooled), 1);
      for (const id of pooled.pending) runs.get(id)?.({ type: "exit", why });
    };
    worker.on("error", (error) => gone(`failed: ${error.message}`));
    worker.on("exit", (code) => pool.includes(pooled) && gone(`stopped early (exit code ${code})`));
    pool.push(pooled);
  }
  return pool.slice(0, count);
};

/** The Either twin of `smaaParallel`. */
export const smaaParallelEither = async (
  problem: SmaaProblem,
  options: SmaaOptionsInput = {},
  control: ParallelControl = {},
): Promise<E.Either<PolicyMatrixError, SmaaResult>> => {
  const controlled = objectArgument(control, "control", "{ workers?, onProgress?, signal? }");
  if (E.isLeft(controlled)) return controlled;
  const asked = control.workers;
  if (asked !== undefined && !(Number.isInteger(asked) && asked >= 1 && asked <= MAX_WORKERS)) {
    return fail(
      "invalid-input",
      "control.workers",
      `expected a whole number from 1 to ${MAX_WORKERS}, got ${JSON.stringify(asked) ?? String(asked)}`,
    );
  }
  const setup = setupSmaa(problem, options);
  if (E.isLeft(setup)) return setup;
  const { samples } = setup.right.options;
  const blocks = Math.ceil(samples / BLOCK);
  const workers = workerCount(asked, blocks);
  if (workers === 1) return smaaEither(problem, options, control);
  await wasmReady();
  const sampler = setup.right.sampler();
  const sums = zeroTotals(sampler.rows, sampler.columns);
  // Blocks are claimed one at a time from a shared counter, by whoever is free: uneven threads
  // stay busy to the end. The sums are exact, so who ran which block does not change the result.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const range = { start: 0, end: samples };
  const id = ++lastRun;
  let done = 0;
  let started = false;
  let over = false;
  const counted = (block: number) => {
    done += Math.min(samples, (block + 1) * BLOCK) - block * BLOCK;
    control.onProgress?.({ done, total: samples });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const abort = () => stop(cancelled());
      const stop = (error?: PolicyMatrixError) => {
        over = true;
        // The signal may outlive the run (one signal for many runs): leave no listener on it.
        control.signal?.removeEventListener("abort", abort);
        Atomics.store(next, 0, blocks); // no more blocks for anyone: busy threads soon say done
        if (error) reject(error);
        else resolve();
      };
      if (control.signal?.aborted) return abort();
      control.signal?.addEventListener("abort", abort, { once: true });
      runs.set(id, (m) => {
        if (over) return;
        if (m.type === "block") {
          started = true;
          addExactFrom(sums, m);
          counted(m.block);
          if (done === samples) stop();
        } else if (m.type === "error") stop(new PolicyMatrixError("invalid-input", m.issues));
        else if (m.type === "exit") {
          // A thread that stops before saying it is done (crashed, killed) fails the run.
          stop(
            new PolicyMatrixError("invalid-input", [
              { path: "workers", message: `a worker thread ${m.why}` },
            ]),
          );
        }
      });
      const job: Job = { id, plan: setup.right.plan, next: next.buffer, blocks, end: samples };
      for (const { worker, pending } of threads(workers)) {
        pending.add(id);
        worker.ref();
        worker.postMessage(job);
      }
      // Until the workers' first block arrives (a new thread first loads the library), this
      // thread runs blocks too.
      void (async () => {
        const scratch = blockScratch(sampler.rows, sampler.columns);
        while (!started && !over) {
          const block = Atomics.add(next, 0, 1);
          if (block >= blocks) return;
          try {
            runBlock(sampler, block, range, sums, scratch);
          } catch (error) {
            return error instanceof PolicyMatrixError ? stop(error) : reject(error);
          }
          counted(block);
          if (done === samples) return stop();
          await yieldTurn();
        }
      })();
    });
  } catch (error) {
    if (error instanceof PolicyMatrixError) return E.left(error);
    throw error;
  } finally {
    runs.delete(id);
  }
  return E.right(finish(setup.right, talliesOf(sampler, [[0, samples]], sums), sampler));
};

/**
 * SMAA on `workers` threads (Node only; import from `policy-matrix/parallel`). The threads take
 * blocks of samples as they become free (this thread too, until the workers' first block arrives)
 * and the block tallies are summed exactly as they arrive, so the result is identical, bit for
 * bit, to `smaaSync` with the same seed, whatever the number of workers. Progress and cancellation
 * as for `smaa`. The worker threads are kept for later runs; idle, they do not keep the process
 * alive.
 *
 * @example
 * ```ts
 * const problem = { matrix: [[1, 2], [2, 1], [0, 3]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * const r = await smaaParallel(problem, { samples: 50000, seed: 5 }, { workers: 2 });
 * r.acceptability; // smaaSync(problem, { samples: 50000, seed: 5 }).acceptability
 * ```
 */
export const smaaParallel = async (
  problem: SmaaProblem,
  options: SmaaOptionsInput = {},
  control: ParallelControl = {},
): Promise<SmaaResult> => orThrow(await smaaParallelEither(problem, options, control));
