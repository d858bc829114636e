// The worker side of `smaaParallel`: a long-lived thread of the pool. For each job it is sent, it
// claims blocks from the job's shared counter and posts each block's tallies, then says it is done.
// It imports neither zod nor the methods' schemas: the calling thread has validated the run and
// sends its plan, so a new thread starts sooner.
import { parentPort } from "node:worker_threads";
import { PolicyMatrixError } from "../errors";
import { makeSampler, type SamplerPlan } from "./plan";
import { makeTally, runSamples, BLOCK } from "./sampler";

/** One SMAA run's share of work: everything a thread needs to claim and run its blocks. */
export interface Job {
  readonly id: number;
  readonly plan: SamplerPlan;
  /** The shared counter of the next block to run (an Int32Array's buffer). */
  readonly next: SharedArrayBuffer;
  readonly blocks: number;
  readonly end: number;
}

const port = parentPort!;
port.on("message", (job: Job) => {
  try {
    const sampler = makeSampler(job.plan);
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
