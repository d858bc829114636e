import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { builtinCatalog, comparisonSmaaProblem, smaaSync, type DecisionProblem } from "../../src/index";
import { smaaParallel, smaaParallelEither } from "../../src/parallel";
import { workerCount } from "../../src/uncertainty/parallel";
import { getEventListeners } from "node:events";

describe("smaaParallel (worker threads)", () => {
  const p: DecisionProblem = {
    matrix: [
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
      [6, 7, 7],
    ],
    weights: [1, 1, 1],
    directions: ["benefit", "benefit", "cost"],
  };
  const options = { samples: 100_000, seed: 9, method: { method: "topsis" as const } };

  it("gives identical results for 1, 2 and 3 workers, and equals the single-threaded run", async () => {
    const single = smaaSync(p, options);
    for (const workers of [1, 2, 3]) expect(await smaaParallel(p, options, { workers })).toEqual(single);
  });

  it("runs a comparison's problem, with rating intervals, tiers and offsets", async () => {
    const c = comparisonSmaaProblem(builtinCatalog(), {
      infeasible: "penalize",
      riskBurden: { penalty: 0.2 },
    });
    const opts = { samples: 40_000, seed: 2, method: c.method };
    expect(await smaaParallel(c.problem, opts, { workers: 2 })).toEqual(smaaSync(c.problem, opts));
  });

  it("keeps its threads for later runs: a run cancelled midway leaves them ready for the next", async () => {
    const controller = new AbortController();
    const big = { ...options, samples: 2_000_000 };
    const stopped = await smaaParallelEither(p, big, {
      workers: 2,
      signal: controller.signal,
      onProgress: ({ done }) => done >= 100_000 && controller.abort(),
    });
    expect(E.isLeft(stopped) && stopped.left.code).toBe("cancelled");
    const again = { ...options, seed: 10 };
    expect(await smaaParallel(p, again, { workers: 2 })).toEqual(smaaSync(p, again));
  });

  // A script given on the command line (or on standard input) runs with `--input-type`, an option
  // its threads inherit and that Node refuses for a thread started from a file. The run is long
  // enough (~0.5 s on one thread) that the threads start before the calling thread has finished it.
  it.each([
    ["given with -e", ["--input-type=module", "-e"]],
    ["read from standard input", ["--input-type=module"]],
  ])("runs from a script %s, and lets the process end when the run is over", (_, args) => {
    const script = `
      import { smaaParallel } from ${JSON.stringify(new URL("../../dist/parallel.js", import.meta.url).href)};
      const p = ${JSON.stringify(p)};
      const r = await smaaParallel(p, { samples: 3000000, seed: 1 }, { workers: 2 });
      console.log(r.samples);
    `;
    const fromStdin = args.length === 1;
    const run = spawnSync(process.execPath, fromStdin ? args : [...args, script], {
      input: fromStdin ? script : undefined,
      timeout: 30_000,
      encoding: "utf8",
    });
    // On failure, show what the process said (a worker's error names its cause).
    expect({ status: run.status, out: run.stdout.trim(), err: run.stderr }).toEqual({
      status: 0,
      out: "3000000",
      err: "",
    });
  });

  it("starts its threads without zod: the worker's built files import neither it nor the schemas", () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      for (const [, from] of readFileSync(url, "utf8").matchAll(/^import[^"']*["']([^"']+)["']/gm)) {
        if (from!.startsWith(".")) visit(new URL(from!, url));
        else packages.add(from!);
      }
    };
    visit(new URL("../../dist/parallel-worker.js", import.meta.url));
    expect([...packages].sort()).toEqual(["fp-ts/lib/Either.js", "worker_threads"]);
  });

  it("uses at most the machine's cores and the blocks, whatever was asked", () => {
    expect(workerCount(256, 1000, 2)).toBe(2); // 256 threads on 2 cores took 419 s and 2.8 GB
    expect(workerCount(undefined, 1000, 8)).toBe(8);
    expect(workerCount(4, 3, 8)).toBe(3);
    expect(workerCount(1, 3, 8)).toBe(1);
  });

  it("leaves no listener on a signal shared by many runs", async () => {
    const controller = new AbortController();
    for (let run = 0; run < 3; run++)
      await smaaParallel(p, options, { workers: 2, signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("reports progress up to the total, and can be cancelled", async () => {
    const seen: number[] = [];
    await smaaParallel(p, options, { workers: 2, onProgress: (x) => seen.push(x.done) });
    expect(seen.at(-1)).toBe(100_000);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const controller = new AbortController();
    controller.abort();
    const r = await smaaParallelEither(p, options, { workers: 2, signal: controller.signal });
    expect(E.isLeft(r) && r.left.code).toBe("cancelled");
  });
});
