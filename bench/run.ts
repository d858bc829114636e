// Benchmarks (not tests): SMAA throughput per method on one core, against a straightforward
// implementation in the same run; speed-up with worker threads; convergence of 10^6 samples
// towards 10^7. Writes bench/results/latest.json. Run with `npm run bench`.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { methodNames, smaaSync, type DecisionProblem, type MethodName } from "../dist/index.js";
import { smaaParallel } from "../dist/parallel.js";
import { naiveSmaa } from "./naive";

const quick = process.argv.includes("--quick");
const rows = 15;
const columns = 10;
let state = 12345;
const lcg = () => (state = (state * 16807) % 2147483647) / 2147483647;
const problem: DecisionProblem = {
  matrix: Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => Math.round((1 + 9 * lcg()) * 100) / 100),
  ),
  weights: new Array(columns).fill(1),
  directions: Array.from({ length: columns }, (_, j) => (j % 3 === 0 ? "cost" : "benefit")),
};

const seconds = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
};
const secondsAsync = async (f: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await f();
  return (performance.now() - t) / 1000;
};

const samples = quick ? 200_000 : 2_000_000;
const throughput: Record<string, number> = {};
for (const method of methodNames) {
  smaaSync(problem, { samples: 20_000, method: { method } }); // warm up
  throughput[method] = Math.round(
    samples / seconds(() => smaaSync(problem, { samples, seed: 1, method: { method } })),
  );
  console.log(`${method.padEnd(10)} ${throughput[method]!.toLocaleString("en")} samples/s on one core`);
}

const naive: Record<string, { samplesPerSecond: number; ratio: number }> = {};
for (const method of ["wsm", "topsis"] as const) {
  const n = quick ? 20_000 : 200_000;
  naiveSmaa(problem.matrix, problem.directions, 2000, method);
  const rate = Math.round(n / seconds(() => naiveSmaa(problem.matrix, problem.directions, n, method)));
  naive[method] = {
    samplesPerSecond: rate,
    ratio: Math.round((throughput[method as MethodName]! / rate) * 10) / 10,
  };
  console.log(
    `naive ${method.padEnd(6)} ${rate.toLocaleString("en")} samples/s: the library is ${naive[method]!.ratio}x faster`,
  );
}

const cores = availableParallelism();
const parallelSamples = quick ? 400_000 : 4_000_000;
const speedup: Record<string, number> = {};
const base = await secondsAsync(() =>
  smaaParallel(problem, { samples: parallelSamples, seed: 3 }, { workers: 1 }),
);
for (let workers = 1; workers <= Math.max(2, cores); workers++) {
  const t = await secondsAsync(() =>
    smaaParallel(problem, { samples: parallelSamples, seed: 3 }, { workers }),
  );
  speedup[String(workers)] = Math.round((base / t) * 100) / 100;
  console.log(
    `${workers} worker(s): ${Math.round(parallelSamples / t).toLocaleString("en")} samples/s, speed-up ${speedup[String(workers)]}`,
  );
}

const small = quick ? 100_000 : 1_000_000;
const large = quick ? 1_000_000 : 10_000_000;
const a = await smaaParallel(problem, { samples: small, seed: 21 }, { workers: cores });
const b = await smaaParallel(problem, { samples: large, seed: 22 }, { workers: cores });
let worst = 0;
a.acceptability.forEach((row, i) =>
  row.forEach((p, r) => {
    const q = b.acceptability[i]![r]!;
    const se = Math.sqrt(
      a.standardError.acceptability[i]![r]! ** 2 + b.standardError.acceptability[i]![r]! ** 2,
    );
    worst = Math.max(worst, se > 0 ? Math.abs(p - q) / se : 0);
  }),
);
console.log(
  `10^${Math.log10(small)} vs 10^${Math.log10(large)} samples: largest difference ${worst.toFixed(2)} standard errors`,
);

const report = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores, node: process.version },
  problem: { options: rows, criteria: columns },
  samplesPerSecondOneCore: throughput,
  naive,
  workerSpeedup: speedup,
  convergence: {
    small,
    large,
    largestDifferenceInStandardErrors: Math.round(worst * 100) / 100,
    withinThreeStandardErrors: worst < 3,
  },
  targets: { wsm: 4_000_000, topsis: 1_000_000 },
};
const dir = join(import.meta.dirname ?? "bench", "results");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "latest.json"), JSON.stringify(report, null, 2) + "\n");
console.log(`written ${join(dir, "latest.json")}`);
