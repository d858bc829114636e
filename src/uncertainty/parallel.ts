// SMAA on several threads with Node's worker_threads. This module imports `node:` modules and is
// published apart (`policy-matrix/parallel`) so that the core stays browser-safe.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { addExactFrom } from "./exact";
import { toAccumulator, zeroTotals } from "./accumulator";
import type { SmaaResult } from "./finalize";
import { BLOCK, type Tally } from "./sampler";
import { setupSmaa } from "./setup";
import { cancelled, finish, smaaEither, type SmaaControl } from "./smaa";
import type { SmaaOptionsInput, SmaaProblem } from "./smaa-options";

/** Options of the parallel runner: how many worker threads (default: 1 fewer than the cores, at least 1). */
export interface ParallelControl extends SmaaControl {
  readonly workers?: number;
}

type BlockMessage = { type: "block"; block: number } & Tally;
type Message = BlockMessage | { type: "done" } | { type: "error"; issues: ErrorIssue[] };

/** A worker thread running `parallel-worker` beside this file (TypeScript through tsx when run from the source). */
const startWorker = (workerData: unknown): Worker => {
  const ext = extname(fileURLToPath(import.meta.url));
  const file = new URL(`./parallel-worker${ext}`, import.meta.url);
  if (ext !== ".ts") return new Worker(file, { workerData });
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
};

/** The Either twin of `smaaParallel`. */
export const smaaParallelEither = async (
  problem: SmaaProblem,
  options: SmaaOptionsInput = {},
  control: ParallelControl = {},
): Promise<E.Either<PolicyMatrixError, SmaaResult>> => {
  const setup = setupSmaa(problem, options);
  if (E.isLeft(setup)) return setup;
  const { samples } = setup.right.options;
  const blocks = Math.ceil(samples / BLOCK);
  const workers = Math.max(1, Math.min(control.workers ?? 1, blocks));
  if (workers === 1) return smaaEither(problem, options, control);
  const sampler = setup.right.sampler();
  const sums = zeroTotals(sampler.rows, sampler.columns);
  let done = 0;
  const threads: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      const abort = () => reject(cancelled());
      if (control.signal?.aborted) return abort();
      control.signal?.addEventListener("abort", abort, { once: true });
      for (let w = 0; w < workers; w++) {
        const worker = startWorker({ problem, options, first: w, stride: workers, end: samples });
        let said = false;
        threads.push(worker);
        worker.on("message", (m: Message) => {
          if (m.type === "block") {
            // Exact sums: blocks may arrive in any order and the result is the same bits.
            addExactFrom(sums, m);
            done += Math.min(samples, (m.block + 1) * BLOCK) - m.block * BLOCK;
            control.onProgress?.({ done, total: samples });
          } else if (m.type === "error") reject(new PolicyMatrixError("invalid-input", m.issues));
          else {
            said = true;
            if (++finished === workers) resolve();
          }
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          // A worker that stops before saying it is done (crashed, killed) fails the run.
          if (!said && !control.signal?.aborted) {
            reject(
              new PolicyMatrixError("invalid-input", [
                { path: "workers", message: `a worker thread stopped early (exit code ${code})` },
              ]),
            );
          }
        });
      }
    });
  } catch (error) {
    if (error instanceof PolicyMatrixError) return E.left(error);
    throw error;
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return E.right(finish(setup.right, toAccumulator(sampler, [[0, samples]], sums)));
};

/**
 * SMAA on `workers` threads (Node only; import from `policy-matrix/parallel`). Blocks are dealt to
 * the workers in turn and summed exactly as they arrive, so the result is identical, bit for bit,
 * to `smaaSync` with the same seed, whatever the number of workers. Progress and cancellation as
 * for `smaa`.
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
