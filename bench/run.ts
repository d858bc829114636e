// Benchmarks (not tests): SMAA throughput per method on one core, against a straightforward
// implementation in the same run; speed-up with worker threads; convergence of 10^6 samples
// towards 10^7. Writes bench/results/latest.json. Run with `npm run bench`.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import {
  builtinCatalog,
  compare,
  discover,
  loadCatalog,
  methodNames,
  smaaCompareSync,
  smaaSync,
  type DecisionProblem,
  type MethodName,
} from "../dist/index.js";
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

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

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

// Throughput is the median of five runs: this machine's speed wanders by 10-20% from run to run.
const samples = quick ? 200_000 : 1_000_000;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const rate = (n: number, run: (seed: number) => unknown) =>
  Math.round(median([1, 2, 3, 4, 5].map((seed) => n / seconds(() => run(seed)))));
const throughput: Record<string, number> = {};
const engines: Record<string, string> = {};
const javascript: Record<string, number> = {};
for (const method of methodNames) {
  smaaSync(problem, { samples: 20_000, method: { method } }); // warm up
  engines[method] = smaaSync(problem, { samples: 1, method: { method } }).engine;
  throughput[method] = rate(samples, (seed) => smaaSync(problem, { samples, seed, method: { method } }));
  console.log(
    `${method.padEnd(10)} ${throughput[method]!.toLocaleString("en")} samples/s on one core (${engines[method]})`,
  );
}
// The JavaScript loop, which runs where WebAssembly does not (same results, bit for bit).
for (const method of ["wsm", "topsis"] as const) {
  const options = { samples: samples / 4, method: { method }, engine: "js" as const };
  smaaSync(problem, { ...options, samples: 20_000 });
  javascript[method] = rate(options.samples, (seed) => smaaSync(problem, { ...options, seed }));
  console.log(`${method.padEnd(10)} ${javascript[method]!.toLocaleString("en")} samples/s in JavaScript`);
}

// The flagship case: SMAA of the built-in catalog's comparison (16 options, 10 criteria, every
// rating sampled within its interval, blocked options in a lower tier), confidence factors included.
const catalog = builtinCatalog();
const catalogRate: Record<string, number> = {};
for (const engine of ["auto", "js"] as const) {
  const n = quick ? 20_000 : 200_000;
  const ran = smaaCompareSync(catalog, {}, { samples: 20_000, engine }).engine; // and warm up
  catalogRate[ran] = rate(n, (seed) => smaaCompareSync(catalog, {}, { samples: n, seed, engine }));
}
console.log(
  `catalog comparison: ${Object.entries(catalogRate)
    .map(([k, v]) => `${v.toLocaleString("en")} samples/s (${k})`)
    .join(", ")}`,
);

const naive: Record<string, { samplesPerSecond: number; ratio: number }> = {};
for (const method of ["wsm", "topsis"] as const) {
  const n = quick ? 10_000 : 50_000;
  naiveSmaa(problem.matrix, problem.directions, 2000, method);
  const perSecond = rate(n, () => naiveSmaa(problem.matrix, problem.directions, n, method));
  naive[method] = {
    samplesPerSecond: perSecond,
    ratio: Math.round((throughput[method as MethodName]! / perSecond) * 10) / 10,
  };
  console.log(
    `naive ${method.padEnd(6)} ${perSecond.toLocaleString("en")} samples/s: the library is ${naive[method]!.ratio}x faster`,
  );
}

const cores = availableParallelism();
// The pool of worker threads is started once (each loads the library) and kept between runs: the
// first run pays for it (the "cold" speed-up), later runs do not. Speed-ups are medians of three
// runs, against the median of three on this thread alone.
const parallelSamples = quick ? 800_000 : 8_000_000;
const pooled = Math.max(2, cores);
const cold = await secondsAsync(() =>
  smaaParallel(problem, { samples: parallelSamples, seed: 2 }, { workers: pooled }),
);
const timed = async (workers: number) => {
  const times: number[] = [];
  for (const seed of [3, 4, 5]) {
    times.push(
      await secondsAsync(() => smaaParallel(problem, { samples: parallelSamples, seed }, { workers })),
    );
  }
  return median(times);
};
const speedup: Record<string, number> = {};
const base = await timed(1);
for (let workers = 1; workers <= pooled; workers++) {
  const t = workers === 1 ? base : await timed(workers);
  speedup[String(workers)] = Math.round((base / t) * 100) / 100;
  console.log(
    `${workers} worker(s): ${Math.round(parallelSamples / t).toLocaleString("en")} samples/s, speed-up ${speedup[String(workers)]}`,
  );
}
const coldSpeedup = Math.round((base / cold) * 100) / 100;
console.log(`${pooled} worker(s), first run (threads starting): speed-up ${coldSpeedup}`);

const small = quick ? 100_000 : 1_000_000;
const large = quick ? 1_000_000 : 10_000_000;
const a = await smaaParallel(problem, { samples: small, seed: 21 }, { workers: cores });
const b = await smaaParallel(problem, { samples: large, seed: 22 }, { workers: cores });
// Each cell's difference over its standard error is about N(0, 1) when both runs estimate the same
// value. Over many cells the largest of them is judged against a family-wise 1% bound (Bonferroni),
// not 3, which one cell in 370 exceeds by chance.
let worst = 0;
let cells = 0;
let beyondThree = 0;
a.acceptability.forEach((row, i) =>
  row.forEach((p, r) => {
    const q = b.acceptability[i]![r]!;
    const se = Math.sqrt(
      a.standardError.acceptability[i]![r]! ** 2 + b.standardError.acceptability[i]![r]! ** 2,
    );
    if (se === 0) return;
    const z = Math.abs(p - q) / se;
    cells++;
    if (z > 3) beyondThree++;
    worst = Math.max(worst, z);
  }),
);
const bound = normalQuantile(1 - 0.01 / (2 * cells));
console.log(
  `10^${Math.log10(small)} vs 10^${Math.log10(large)} samples: largest difference ${worst.toFixed(2)} standard errors ` +
    `over ${cells} cells (family-wise 1% bound ${bound.toFixed(2)}); ${beyondThree} beyond 3`,
);

// Scale: compare on catalogs of many options (the built-in options cloned, each clone's ratings
// moved within their intervals so that they do not all tie), and SMAA's memory at 1,000 options ×
// 20 criteria, measured in a fresh process (its peak resident set and heap).
const bigCatalog = (n: number) => {
  const c = JSON.parse(JSON.stringify(catalog)) as Record<string, unknown> & {
    options: {
      id: string;
      ratings: Record<string, { value: number; interval?: [number, number]; cases?: unknown[] }>;
      requirements: { consequences?: { risks: unknown[] } }[];
    }[];
    risks: { exposures: { option: string }[]; modifiers: unknown[] }[];
    perspectives: { beliefs: { ratings: unknown[]; risks: unknown[] } }[];
  };
  const base = c.options;
  const clones = new Map<string, string[]>();
  c.options = Array.from({ length: n }, (_, i) => {
    const o = base[i % base.length]!;
    const id = `option-${i}`;
    clones.set(o.id, [...(clones.get(o.id) ?? []), id]);
    const ratings = Object.fromEntries(
      Object.entries(o.ratings).map(([k, r]) => {
        const [lo, hi] = r.interval ?? [r.value, r.value];
        return [k, { ...r, value: lo + (((i * 7919 + k.length * 31) % 997) / 997) * (hi - lo), cases: [] }];
      }),
    );
    const requirements = o.requirements.map((q) =>
      q.consequences ? { ...q, consequences: { ...q.consequences, risks: [] } } : q,
    );
    return { ...o, id, ratings, requirements };
  });
  c.risks = c.risks.map((r) => ({
    ...r,
    exposures: r.exposures.flatMap((e) => (clones.get(e.option) ?? []).map((id) => ({ ...e, option: id }))),
    modifiers: [],
  }));
  c.perspectives = c.perspectives.map((p) => ({ ...p, beliefs: { ratings: [], risks: [] } }));
  return loadCatalog(c);
};
const compareSeconds: Record<string, number> = {};
for (const n of quick ? [1000, 4000] : [1000, 4000, 10_000]) {
  const big = bigCatalog(n);
  compare(big); // warm up
  compareSeconds[String(n)] =
    Math.round(median([1, 2, 3].map(() => seconds(() => compare(big)))) * 1000) / 1000;
  console.log(`compare, ${n.toLocaleString("en")} options: ${compareSeconds[String(n)]} s`);
}
const memoryScript = `
  import { smaaSync } from ${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)};
  const n = 1000, m = 20;
  let s = 1; const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const matrix = Array.from({ length: n }, () => Array.from({ length: m }, () => 1 + rnd() * 9));
  const intervals = matrix.map((row) => row.map((x) => [x - 0.5, x + 0.5]));
  const t = performance.now();
  smaaSync({ matrix, weights: Array(m).fill(1), directions: Array(m).fill("benefit"), intervals },
    { samples: 1000, seed: 1, confidenceSamples: 100 });
  console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, heapMB: process.memoryUsage().heapUsed / 1e6 }));
`;
const measured = spawnSync(
  "/usr/bin/time",
  ["-v", process.execPath, "--input-type=module", "-e", memoryScript],
  {
    encoding: "utf8",
  },
);
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(measured.stderr)?.[1] ?? NaN);
const smaaMemory = {
  options: 1000,
  criteria: 20,
  samples: 1000,
  ...(JSON.parse(measured.stdout || "{}") as { seconds?: number; heapMB?: number }),
  peakResidentMB: Number.isFinite(peakKb) ? Math.round(peakKb / 1000) : null,
};
console.log(
  `SMAA, 1,000 options x 20 criteria, 1,000 samples: peak resident ${smaaMemory.peakResidentMB ?? "?"} MB (heap at the end ${Math.round(smaaMemory.heapMB ?? NaN)} MB)`,
);

// Discovery over every combination of precondition states (810 in the built-in catalog), 10^4
// weight samples each (10^3 with --quick): drawing, evaluating, PRIM and the decisive assumptions,
// against the same evaluation done by calling `compare` per scenario (timed on 2,000 scenarios
// and scaled: the loop would take hours; PRIM and the rest not counted on its side).
const grid = catalog.preconditions.reduce((n, p) => n * p.states.length, 1);
const perCombination = quick ? 1000 : 10_000;
const target = { kind: "first", option: "intelligence-sharing" } as const;
const discoveryStart = performance.now();
const found = discover(catalog, target, {}, { samples: grid * perCombination, seed: 1 });
const discoverySeconds = (performance.now() - discoveryStart) / 1000;
const loopScenarios = 2000;
const loopSeconds = seconds(() => {
  for (let i = 0; i < loopScenarios; i++) {
    const row = found.scenarios[i]!;
    const preconditions = Object.fromEntries(
      catalog.preconditions.map((p, k) => [p.id, p.states[row[k]!]!.id]),
    );
    const weights = Object.fromEntries(
      catalog.criteria.map((c, j) => [c.id, row[catalog.preconditions.length + j]!]),
    );
    const top = compare(catalog, { preconditions, weights }).rows[0]!;
    if ((top.option === target.option && top.feasible) !== found.outcomes[i]) {
      throw new Error(`scenario ${i}: compare and discover disagree`);
    }
  }
});
const loopPerScenario = loopSeconds / loopScenarios;
const discoveryBench = {
  combinations: grid,
  weightSamplesEach: perCombination,
  scenarios: found.samples,
  discoverSeconds: Math.round(discoverySeconds * 10) / 10,
  scenariosPerSecond: Math.round(found.samples / discoverySeconds),
  compareLoopSecondsPerScenario: Math.round(loopPerScenario * 1e6) / 1e6,
  compareLoopSecondsScaled: Math.round(loopPerScenario * found.samples),
  speedup: Math.round((loopPerScenario * found.samples) / discoverySeconds),
  summary: found.summary,
};
console.log(
  `discover, ${grid} state combinations x ${perCombination.toLocaleString("en")} weight samples (${found.samples.toLocaleString("en")} scenarios): ${discoveryBench.discoverSeconds} s; compare in a loop: ${(loopPerScenario * 1000).toFixed(2)} ms a scenario, ${discoveryBench.compareLoopSecondsScaled.toLocaleString("en")} s for all (${discoveryBench.speedup}x)`,
);

const report = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores, node: process.version },
  problem: { options: rows, criteria: columns },
  samplesPerSecondOneCore: throughput,
  engine: engines,
  samplesPerSecondJavaScriptLoop: javascript,
  catalogComparisonSamplesPerSecond: catalogRate,
  naive,
  workerSpeedup: { samples: parallelSamples, ...speedup, [`${pooled}, first run`]: coldSpeedup },
  convergence: {
    small,
    large,
    cells,
    largestDifferenceInStandardErrors: Math.round(worst * 100) / 100,
    familyWiseBound: Math.round(bound * 100) / 100,
    cellsBeyondThreeStandardErrors: beyondThree,
    withinMonteCarloError: worst < bound,
  },
  compareSecondsByOptions: compareSeconds,
  discovery: discoveryBench,
  smaaMemory,
  targets: { wsm: 4_000_000, topsis: 1_000_000 },
};
const dir = join(import.meta.dirname ?? "bench", "results");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "latest.json"), JSON.stringify(report, null, 2) + "\n");
console.log(`written ${join(dir, "latest.json")}`);
