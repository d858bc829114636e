// The worker side of `smaaParallel`: a long-lived thread of the pool. For each job it is sent, it
// claims blocks from the job's shared counter and posts each block's tallies, then says it is done.
import { parentPort } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { PolicyMatrixError } from "../errors";
import { makeTally, runSamples, BLOCK } from "./sampler";
import { setupSmaa } from "./setup";
import type { SmaaOptionsInput, SmaaProblem } from "./smaa-options";

/** One SMAA run's share of work: everything a thread needs to claim and run its blocks. */
export interface Job {
  readonly id: number;
  readonly problem: SmaaProblem;
  readonly options: SmaaOptionsInput;
  /** The shared counter of the next block to run (an Int32Array's buffer). */
  readonly next: SharedArrayBuffer;
  readonly blocks: number;
  readonly end: number;
}

const port = parentPort!;
port.on("message", (job: Job) => {
  try {
    const setup = setupSmaa(job.problem, job.options);
    if (E.isLeft(setup)) throw setup.left;
    const sampler = setup.right.sampler();
    const next = new Int32Array(job.next);
    for (let block = Atomics.add(next, 0, 1); block < job.blocks; block = Atomics.add(next, 0, 1)) {
      const tally = makeTally(sampler.rows, sampler.columns);
      runSamples(sampler, block * BLOCK, Math.min(job.end, (block + 1) * BLOCK), tally);
      port.postMessage({ type: "block", job: job.id, block, ...tally }, [
        tally.rank.buffer,
        tally.shared.buffer,
        tally.wins.buffer,
        tally.ties.buffer,
        tally.central.buffer,
      ] as ArrayBuffer[]);
    }
    port.postMessage({ type: "done", job: job.id });
  } catch (error) {
    const issues =
      error instanceof PolicyMatrixError
        ? error.issues
        : [{ path: "", message: String((error as Error).message ?? error) }];
    port.postMessage({ type: "error", job: job.id, issues });
  }
});
