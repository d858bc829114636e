import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { logarithm, powerOfE } from "../matrix/elementary";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import { ASSUMPTIONS_OBJECT, catalogArgument, objectArgument } from "../model/arguments";
import {
  insideBox,
  pasteOn,
  peelOn,
  primData,
  type PrimBox,
  type PrimDimension,
  type PrimLimit,
} from "./prim";
import {
  describeSpace,
  drawScenarios,
  planSpace,
  type DiscoverySpace,
  type DiscoveryTarget,
  type SpacePlan,
} from "./space";

export type { ClaimTarget, DiscoverySpace, DiscoveryTarget, WeightSpace } from "./space";

/** How many scenarios, from which seed, and PRIM's settings. */
export interface DiscoverOptions {
  /** Scenarios drawn (default 2000). */
  readonly samples?: number;
  readonly seed?: number;
  /** PRIM's peel share (default 0.05) and smallest box (default 0.05 of the scenarios). */
  readonly alpha?: number;
  readonly minSupport?: number;
  /** The box chosen from the trajectory: the densest with at least this coverage (default 0.5). */
  readonly minCoverage?: number;
  /** Called as scenarios are evaluated (every hundred), for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One restriction of the chosen box, in words, with its quasi-p-value. */
export interface DiscoveryRule {
  readonly dimension: string;
  /** "mexican-consent ∈ {opposed, limited-cooperation}", "weight(speed) ≥ 0.21". */
  readonly text: string;
  /**
   * How likely the box's density would be if this restriction were lifted (binomial tail of the
   * box's hits at the density of the box without it): small means the restriction matters.
   */
  readonly significance: number;
}

/** How much one varying assumption decides the target (regional sensitivity). */
export interface DecisiveAssumption {
  readonly dimension: string;
  /** Kolmogorov–Smirnov distance between its values where the target holds and where it does not. */
  readonly distance: number;
  /** The asymptotic two-sample p-value of that distance. */
  readonly significance: number;
}

/** What would have to be true: the scenarios, the peeling trajectory, the chosen box's rules. */
export interface Discovery {
  readonly target: DiscoveryTarget;
  readonly targetText: string;
  readonly samples: number;
  readonly seed: number;
  /** The varying dimensions: precondition states, criterion weight shares, the method. */
  readonly dimensions: readonly PrimDimension[];
  /** Each scenario's values on the dimensions (a category's index, a weight share), in order. */
  readonly scenarios: readonly (readonly number[])[];
  /** Whether the target holds in each scenario. */
  readonly outcomes: readonly boolean[];
  /** Share of all scenarios where the target holds. */
  readonly base: number;
  /** PRIM's peeling trajectory, all scenarios first. */
  readonly trajectory: readonly PrimBox[];
  /** The chosen box after pasting, with its rules (restricted dimensions only). */
  readonly box: PrimBox;
  readonly rules: readonly DiscoveryRule[];
  /** The chosen box in one line: rules → density, coverage. */
  readonly summary: string;
  readonly decisive: readonly DecisiveAssumption[];
  /** The space in words: what was drawn and how, what was pinned. */
  readonly space: string;
}

const targetText = (t: DiscoveryTarget): string =>
  t.kind === "claim"
    ? t.claim.description
    : t.kind === "first"
      ? `${t.option} first`
      : t.kind === "top"
        ? `${t.option} in the top ${t.k}`
        : `${t.option} feasible and above ${t.than}`;

/** Binomial upper tail P(X ≥ k), X ~ Binomial(n, p), by a sum of terms in log space. */
const binomialTail = (k: number, n: number, p: number): number => {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = logarithm(p);
  const lq = logarithm(1 - p);
  // log C(n, k) built up term by term, then each later term from the one before.
  let logC = 0;
  for (let j = 1; j <= k; j++) logC += logarithm(n - j + 1) - logarithm(j);
  let term = logC + k * lp + (n - k) * lq;
  let sum = 0;
  for (let j = k; j <= n; j++) {
    sum += powerOfE(term);
    term += logarithm(n - j) - logarithm(j + 1) + lp - lq;
  }
  return Math.min(1, sum);
};

/** The Kolmogorov distribution's tail Q(λ) = 2 Σ (−1)^{k−1} e^{−2k²λ²}. */
const kolmogorovTail = (lambda: number): number => {
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = powerOfE(-2 * k * k * lambda * lambda);
    sum += (k % 2 === 1 ? 2 : -2) * term;
    if (term < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
};

/** The two-sample KS distance of two samples of numbers, and its asymptotic p-value. */
const ks = (x: Float64Array, y: Float64Array): { distance: number; significance: number } => {
  if (x.length === 0 || y.length === 0) return { distance: 0, significance: 1 };
  x.sort();
  y.sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i]! <= v) i++;
    while (j < y.length && y[j]! <= v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  const ne = (x.length * y.length) / (x.length + y.length);
  const root = Math.sqrt(ne);
  return { distance: d, significance: kolmogorovTail((root + 0.12 + 0.11 / root) * d) };
};

const ruleText = (dim: PrimDimension, limit: PrimLimit, full: PrimLimit): string | undefined => {
  if (limit.kind === "categorical" && dim.kind === "categorical") {
    if (full.kind === "categorical" && limit.keep.length === full.keep.length) return undefined;
    return `${dim.name} ∈ {${limit.keep.map((c) => dim.categories[c]).join(", ")}}`;
  }
  if (limit.kind !== "continuous" || full.kind !== "continuous") return undefined;
  const low = limit.low > full.low;
  const high = limit.high < full.high;
  // Rounded outward (dir −1: down, 1: up), so that every scenario in the box satisfies the rule as
  // written: two decimals, more where two would widen the rule to all the data (weight(x) ≥ 0).
  const outward = (v: number, dir: -1 | 1, bound: number) => {
    for (let digits = 2; ; digits++) {
      const r = Number(v.toFixed(digits));
      const out = (r - v) * dir < 0 ? Number((r + dir * 10 ** -digits).toFixed(digits)) : r;
      if ((out - bound) * dir < 0 || digits >= 6) return String(out);
    }
  };
  const down = (v: number) => outward(v, -1, full.low);
  const up = (v: number) => outward(v, 1, full.high);
  if (low && high) return `${down(limit.low)} ≤ ${dim.name} ≤ ${up(limit.high)}`;
  if (low) return `${dim.name} ≥ ${down(limit.low)}`;
  if (high) return `${dim.name} ≤ ${up(limit.high)}`;
  return undefined;
};

const checkTarget = (catalog: Catalog, t: DiscoveryTarget): ErrorIssue[] => {
  if (t.kind === "claim") {
    return typeof t.claim === "function" && typeof t.claim.description === "string"
      ? []
      : [
          {
            path: "target.claim",
            message: "expected a claim from policy-matrix/testing (a function with a description)",
          },
        ];
  }
  if (!["first", "top", "above"].includes(t.kind)) {
    return [
      {
        path: "target.kind",
        message: `expected one of first, top, above, claim, got '${String((t as { kind?: unknown }).kind)}'`,
      },
    ];
  }
  const known = catalog.options.map((o) => o.id);
  const issues: ErrorIssue[] = [];
  if (!known.includes(t.option)) {
    issues.push({
      path: "target.option",
      message: `unknown option '${t.option}' (known: ${known.join(", ")})`,
    });
  }
  if (t.kind === "top" && !(Number.isInteger(t.k) && t.k >= 1 && t.k <= known.length)) {
    issues.push({
      path: "target.k",
      message: `expected a whole number from 1 to ${known.length}, got ${t.k}`,
    });
  }
  if (t.kind === "above" && !known.includes(t.than)) {
    issues.push({ path: "target.than", message: `unknown option '${t.than}' (known: ${known.join(", ")})` });
  }
  return issues;
};

/** The checks of a run: the catalog, target, space, samples, seed and assumptions; the settled samples, seed and space. */
const checkRun = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace,
  options: DiscoverOptions,
  assumptions: AssumptionsInput,
): E.Either<PolicyMatrixError, { samples: number; seed: number; plan: SpacePlan }> => {
  const given = catalogArgument(catalog);
  if (E.isLeft(given)) return given;
  const object = objectArgument(assumptions, "assumptions", ASSUMPTIONS_OBJECT, "invalid-assumptions");
  if (E.isLeft(object)) return object;
  if (typeof target !== "object" || target === null) {
    return E.left(
      new PolicyMatrixError("invalid-input", [{ path: "target", message: "expected a target object" }]),
    );
  }
  const issues = checkTarget(catalog, target);
  const samples = options.samples ?? 2000;
  if (!(Number.isInteger(samples) && samples >= 20 && samples <= 100_000_000)) {
    issues.push({
      path: "options.samples",
      message: `expected a whole number from 20 to 100000000, got ${samples}`,
    });
  }
  const seed = options.seed ?? 0;
  if (!(Number.isInteger(seed) && seed >= -(2 ** 31) && seed < 2 ** 31)) {
    issues.push({ path: "options.seed", message: `expected a 32-bit whole number, got ${seed}` });
  }
  if (assumptions.preconditions !== undefined || assumptions.preset !== undefined) {
    issues.push({
      path: "assumptions.preconditions",
      message: "discovery draws the precondition states: pin them in the space instead",
    });
  }
  const plan = planSpace(catalog, target, space, assumptions, issues);
  return issues.length > 0
    ? E.left(new PolicyMatrixError("invalid-input", issues))
    : E.right({ samples, seed, plan });
};

/** Runs `f`, turning a PolicyMatrixError it throws into a Left. */
const guarded = <A>(f: () => A): E.Either<PolicyMatrixError, A> => {
  try {
    return E.right(f());
  } catch (error) {
    if (error instanceof PolicyMatrixError) return E.left(error);
    throw error;
  }
};

/** The Either twin of `discover`. */
export const discoverEither = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace = {},
  options: DiscoverOptions = {},
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, Discovery> => {
  const run = checkRun(catalog, target, space, options, assumptions);
  if (E.isLeft(run)) return run;
  const { samples, seed, plan } = run.right;
  return guarded(() => {
    const { data, y } = drawScenarios(
      catalog,
      target,
      plan,
      seed,
      0,
      samples,
      samples,
      assumptions,
      options.onProgress,
    );
    return analyse(target, plan.dimensions, data, y, {
      ...options,
      samples,
      seed,
      space: describeSpace(plan, samples),
    });
  });
};

/** PRIM, rules and decisive assumptions over drawn scenarios. */
const analyse = (
  target: DiscoveryTarget,
  dims: readonly PrimDimension[],
  data: readonly (readonly number[])[],
  y: readonly boolean[],
  options: DiscoverOptions & { samples: number; seed: number; space: string },
): Discovery => {
  const hits = y.filter(Boolean).length;
  const prim = { alpha: options.alpha ?? 0.05, minSupport: options.minSupport ?? 0.05 };
  const laidOut = dims.length > 0 ? primData(data, y, dims, prim) : undefined;
  const trajectory = laidOut ? peelOn(laidOut) : [];
  const minCoverage = options.minCoverage ?? 0.5;
  const eligible = trajectory.filter((b) => b.coverage >= minCoverage);
  const chosen = eligible.reduce<PrimBox | undefined>(
    (m, b) => (!m || b.density > m.density ? b : m),
    undefined,
  );
  const full = dims.length > 0 ? trajectory[0]! : undefined;
  const box = chosen && laidOut ? pasteOn(laidOut, chosen.limits) : (full ?? emptyBox(options.samples, hits));
  const rules: DiscoveryRule[] = [];
  dims.forEach((dim, d) => {
    const text = full ? ruleText(dim, box.limits[d]!, full.limits[d]!) : undefined;
    if (!text) return;
    // The box without this restriction: its density is the rate the restriction is tested against.
    const lifted = box.limits.map((l, k) => (k === d ? full!.limits[d]! : l));
    const members = insideBox(data, lifted);
    const rate = members.length === 0 ? 0 : members.filter((i) => y[i]).length / members.length;
    rules.push({ dimension: dim.name, text, significance: binomialTail(box.hits, box.count, rate) });
  });
  const decisive = dims
    .map((dim, d) => {
      const yes = new Float64Array(hits);
      const no = new Float64Array(data.length - hits);
      let a = 0;
      let b = 0;
      for (let i = 0; i < data.length; i++) {
        if (y[i]) yes[a++] = data[i]![d]!;
        else no[b++] = data[i]![d]!;
      }
      return { dimension: dim.name, ...ks(yes, no) };
    })
    .sort((a, b) => b.distance - a.distance || a.dimension.localeCompare(b.dimension));
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const summary =
    hits === 0
      ? `${targetText(target)} in none of the ${options.samples} scenarios`
      : `${rules.map((r) => r.text).join(" ∧ ") || "any scenario"} → ${targetText(target)} in ${pct(box.density)} of these scenarios, ${pct(box.coverage)} of all scenarios where it holds (${pct(hits / options.samples)} of all)`;
  return {
    target,
    targetText: targetText(target),
    samples: options.samples,
    seed: options.seed,
    dimensions: dims,
    scenarios: data,
    outcomes: y,
    base: hits / options.samples,
    trajectory,
    box,
    rules,
    summary,
    decisive,
    space: options.space,
  };
};

const emptyBox = (count: number, hits: number): PrimBox => ({
  limits: [],
  count,
  hits,
  density: count === 0 ? 0 : hits / count,
  coverage: hits === 0 ? 0 : 1,
  support: 1,
});

/**
 * What would have to be true for a target ("sof-raids first", "training-fid in the top 3",
 * "training-fid feasible and above sof-raids", or any claim from `policy-matrix/testing`): draws
 * seeded scenarios over the space, evaluates the target in each, and finds with PRIM (peeling, then
 * pasting; Friedman and Fisher 1999) the region where it holds: the peeling trajectory (coverage
 * against density), the chosen box (the densest with at least `minCoverage` of the target's
 * scenarios) as rules with a significance each, and the assumptions that decide the target most
 * (Kolmogorov–Smirnov distance between where it holds and where not; categories, states and
 * methods in their listed order).
 *
 * The space: precondition states unless pinned (every combination in turn when there are at least
 * as many scenarios as combinations, else uniformly); weights as shares that sum to 1, uniform on
 * the simplex, fixed, within intervals or around a perspective's values (`WeightSpace`); ratings
 * fixed or drawn within their intervals (`rating place(option, criterion)`: 0 at the low end, 1 at
 * the high); the beliefs of the perspectives listed; and the methods listed. Scenarios that share
 * states, method and beliefs share one prepared comparison and score with SMAA's kernels, ranked
 * as `compare` ranks. The assumptions give the rest and must not set states: pin them in the
 * space. Continuous rules are written to two decimals, rounded outward, so every scenario in the
 * box satisfies them as written.
 *
 * @example
 * ```ts
 * // The DEA's beliefs, any weights: when would drone strikes come first?
 * const target = { kind: "first", option: "drone-strikes" };
 * const d = discover(builtinCatalog(), target, {}, { samples: 600, seed: 3 }, { perspective: "dea-maltz" });
 * d.rules.some((r) => r.text === "presidential-directive ∈ {force-authorized}"); // true
 * d.decisive[0].dimension; // "presidential-directive"
 * ```
 */
export const discover = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace = {},
  options: DiscoverOptions = {},
  assumptions: AssumptionsInput = {},
): Discovery => orThrow(discoverEither(catalog, target, space, options, assumptions));

/** A part of a discovery run: scenarios from..to−1 of it, drawn and evaluated, for `mergeDiscovery`. */
export interface DiscoveryShard extends Pick<
  Discovery,
  "target" | "samples" | "seed" | "dimensions" | "scenarios" | "outcomes" | "space"
> {
  readonly kind: "policy-matrix/discovery-shard";
  /** What the run is: catalog, target, space, samples, seed and assumptions; shards merge only within one run. */
  readonly run: string;
  /** The run's scenarios this shard holds: from..to−1 (`scenarios` and `outcomes` are theirs only). */
  readonly from: number;
  readonly to: number;
}

const runOf = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace,
  samples: number,
  seed: number,
  assumptions: AssumptionsInput,
): string =>
  JSON.stringify({
    catalog: { id: catalog.id, version: catalog.version },
    target: target.kind === "claim" ? { kind: "claim", claim: target.claim.description } : target,
    pin: Object.entries(space.pin ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    weights: space.weights ?? "simplex",
    ratings: space.ratings ?? "fixed",
    perspectives: space.perspectives ?? [],
    methods: space.methods ?? [],
    samples,
    seed,
    assumptions,
  });

/** The Either twin of `discoverShard`. */
export const discoverShardEither = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace,
  options: DiscoverOptions & { readonly shard: { readonly index: number; readonly count: number } },
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, DiscoveryShard> => {
  const shard = (
    typeof options === "object" && options !== null ? (options as { shard?: unknown }).shard : undefined
  ) as { index?: unknown; count?: unknown } | undefined;
  const count = shard?.count;
  const index = shard?.index;
  if (!(
    Number.isInteger(count) &&
    (count as number) >= 1 &&
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) < (count as number)
  )) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        {
          path: "options.shard",
          message: `expected { index, count } with 0 <= index < count, got ${JSON.stringify(shard)}`,
        },
      ]),
    );
  }
  const run = checkRun(catalog, target, space, options, assumptions);
  if (E.isLeft(run)) return run;
  const { samples, seed, plan } = run.right;
  const from = Math.floor(((index as number) * samples) / (count as number));
  const to = Math.floor((((index as number) + 1) * samples) / (count as number));
  return guarded(() => {
    const { data, y } = drawScenarios(
      catalog,
      target,
      plan,
      seed,
      from,
      to,
      samples,
      assumptions,
      options.onProgress,
    );
    return {
      kind: "policy-matrix/discovery-shard" as const,
      run: runOf(catalog, target, space, samples, seed, assumptions),
      target,
      samples,
      seed,
      from,
      to,
      dimensions: plan.dimensions,
      space: describeSpace(plan, samples),
      scenarios: data,
      outcomes: y,
    };
  });
};

/**
 * One shard of a discovery run: scenarios index·samples/count to (index+1)·samples/count, drawn
 * and evaluated. Any batch runner can run the shards apart; `mergeDiscovery` joins them into the
 * same result, bit for bit, as `discover` with the same seed.
 *
 * @example
 * ```ts
 * const target = { kind: "above", option: "training-fid", than: "sof-raids" };
 * const shards = [0, 1].map((index) => discoverShard(builtinCatalog(), target, {}, { samples: 100, seed: 2, shard: { index, count: 2 } }));
 * JSON.stringify(mergeDiscovery(shards)) === JSON.stringify(discover(builtinCatalog(), target, {}, { samples: 100, seed: 2 })); // true
 * ```
 */
export const discoverShard = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace,
  options: DiscoverOptions & { readonly shard: { readonly index: number; readonly count: number } },
  assumptions: AssumptionsInput = {},
): DiscoveryShard => orThrow(discoverShardEither(catalog, target, space, options, assumptions));

/** The Either twin of `mergeDiscovery`. */
export const mergeDiscoveryEither = (
  shards: readonly DiscoveryShard[],
  options: Pick<DiscoverOptions, "alpha" | "minSupport" | "minCoverage"> = {},
): E.Either<PolicyMatrixError, Discovery> => {
  const issues: ErrorIssue[] = [];
  if (!Array.isArray(shards) || shards.length === 0) {
    return E.left(
      new PolicyMatrixError("invalid-input", [{ path: "shards", message: "expected at least one shard" }]),
    );
  }
  shards.forEach((s, k) => {
    const ok =
      typeof s === "object" &&
      s !== null &&
      s.kind === "policy-matrix/discovery-shard" &&
      typeof s.run === "string" &&
      typeof s.space === "string" &&
      typeof s.target === "object" &&
      s.target !== null &&
      (s.target.kind !== "claim" || typeof s.target.claim === "function") &&
      Number.isInteger(s.from) &&
      Number.isInteger(s.to) &&
      Array.isArray(s.scenarios) &&
      Array.isArray(s.outcomes) &&
      Array.isArray(s.dimensions) &&
      s.scenarios.length === s.to - s.from &&
      s.outcomes.length === s.to - s.from &&
      (s.outcomes as readonly unknown[]).every((o) => typeof o === "boolean") &&
      (s.scenarios as readonly unknown[]).every(
        (row) =>
          Array.isArray(row) &&
          row.length === s.dimensions.length &&
          (row as unknown[]).every((v) => typeof v === "number" && Number.isFinite(v)),
      );
    if (!ok) issues.push({ path: `shards[${k}]`, message: "not a discovery shard (or damaged)" });
  });
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-input", issues));
  if (new Set(shards.map((s) => s.run)).size > 1) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        {
          path: "shards",
          message:
            "the shards come from different runs (catalog, target, space, samples, seed or assumptions differ)",
        },
      ]),
    );
  }
  const sorted = [...shards].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const s of sorted) {
    if (s.from !== next) {
      return E.left(
        new PolicyMatrixError("invalid-input", [
          {
            path: "shards",
            message:
              s.from > next
                ? `scenarios ${next} to ${s.from - 1} are missing`
                : `scenarios from ${s.from} are given twice`,
          },
        ]),
      );
    }
    next = s.to;
  }
  const first = sorted[0]!;
  if (next !== first.samples) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: "shards", message: `scenarios ${next} to ${first.samples - 1} are missing` },
      ]),
    );
  }
  return E.right(
    analyse(
      first.target,
      first.dimensions,
      sorted.flatMap((s) => s.scenarios),
      sorted.flatMap((s) => s.outcomes),
      { ...options, samples: first.samples, seed: first.seed, space: first.space },
    ),
  );
};

/**
 * Joins the shards of one discovery run (any order) into its result: the same, bit for bit, as
 * `discover` with the same seed. Refuses shards of different runs, gaps, overlaps and damaged shards.
 *
 * @example
 * ```ts
 * const target = { kind: "first", option: "intelligence-sharing" };
 * const shard = (index) => discoverShard(builtinCatalog(), target, {}, { samples: 60, shard: { index, count: 3 } });
 * mergeDiscovery([shard(2), shard(0), shard(1)]).samples; // 60
 * ```
 */
export const mergeDiscovery = (
  shards: readonly DiscoveryShard[],
  options: Pick<DiscoverOptions, "alpha" | "minSupport" | "minCoverage"> = {},
): Discovery => orThrow(mergeDiscoveryEither(shards, options));
