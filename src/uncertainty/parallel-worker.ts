// The worker side of `smaaParallel`: runs the blocks it is given and posts each block's tallies.
import { parentPort, workerData } from "node:worker_threads";
import * as E from "fp-ts/lib/Either.js";
import { PolicyMatrixError } from "../errors";
import { makeTally, runSamples, BLOCK } from "./sampler";
import { setupSmaa } from "./setup";
import type { SmaaOptionsInput, SmaaProblem } from "./smaa-options";

interface Job {
  readonly problem: SmaaProblem;
  readonly options: SmaaOptionsInput;
  readonly first: number;
  readonly stride: number;
  readonly end: number;
}

const job = workerData as Job;
const port = parentPort!;
try {
  const setup = setupSmaa(job.problem, job.options);
  if (E.isLeft(setup)) throw setup.left;
  const sampler = setup.right.sampler();
  for (let block = job.first; block * BLOCK < job.end; block += job.stride) {
    const tally = makeTally(sampler.rows, sampler.columns);
    runSamples(sampler, block * BLOCK, Math.min(job.end, (block + 1) * BLOCK), tally);
    port.postMessage({ type: "block", block, ...tally }, [
      tally.rank.buffer,
      tally.shared.buffer,
      tally.wins.buffer,
      tally.ties.buffer,
      tally.central.buffer,
    ] as ArrayBuffer[]);
  }
  port.postMessage({ type: "done" });
} catch (error) {
  const issues =
    error instanceof PolicyMatrixError
      ? error.issues
      : [{ path: "", message: String((error as Error).message ?? error) }];
  port.postMessage({ type: "error", issues });
}
