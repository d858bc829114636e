// The space a discovery run draws its scenarios from, and their evaluation. Scenarios that share
// their precondition states, method and perspective share one comparison setup: it is built once
// (the matrix, feasibility, penalties and an SMAA kernel), and each scenario only scores its own
// weights (and ratings) with the kernel and ranks the scores as a comparison does.
import * as E from "fp-ts/lib/Either.js";
import { compareEither } from "../comparison/compare";
import { setupComparison } from "../comparison/setup";
import { hasMark, orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { logarithm } from "../matrix/elementary";
import { methodNames, type MethodName } from "../methods/method-options";
import { prepareProblem } from "../methods/problem";
import { tied } from "../methods/ranking";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import type { Precondition } from "../model/precondition";
import { topOptions } from "../scenario/diff";
import { resolveAssumptionsEither } from "../scenario/resolve";
import { makeKernel, type Kernel } from "../uncertainty/kernels";
import { RandomStream } from "../uncertainty/random";
import { MAX_REJECTIONS, sampleWeights, weightModelIssue } from "../uncertainty/weights";
import type { PrimDimension } from "./prim";

/** A claim as `policy-matrix/testing` makes them: true, or a thrown `ClaimFailure`. */
export type ClaimTarget = ((catalog: Catalog, assumptions: AssumptionsInput) => true) & {
  readonly description: string;
};

/**
 * What must hold in a scenario: an option first, in the top k, feasible and above another, or
 * any claim from `policy-matrix/testing` (`{ kind: "claim", claim: alwaysRanksAbove(a, b) }`).
 */
export type DiscoveryTarget =
  | { readonly kind: "first"; readonly option: string }
  | { readonly kind: "top"; readonly option: string; readonly k: number }
  | { readonly kind: "above"; readonly option: string; readonly than: string }
  | { readonly kind: "claim"; readonly claim: ClaimTarget };

/**
 * How weights vary: `simplex` (uniform over all weights), `fixed` (the assumptions' weights),
 * `intervals` (uniform where each criterion's share lies within its [low, high]; criteria not
 * listed range over [0, 1]), or `around` (each share within ±`spread` of its own size around a
 * perspective's values, or around the assumptions' weights when no perspective is named).
 */
export type WeightSpace =
  | "simplex"
  | "fixed"
  | {
      readonly kind: "intervals";
      readonly bounds: Readonly<Record<string, readonly [number, number]>>;
    }
  | { readonly kind: "around"; readonly spread: number; readonly perspective?: string };

/** The assumptions that vary, each part pinnable. */
export interface DiscoverySpace {
  /** Precondition states held; the others are drawn uniformly from their states. */
  readonly pin?: Readonly<Record<string, string>>;
  /** How the weights vary (default `simplex`). */
  readonly weights?: WeightSpace;
  /**
   * `fixed` (default): ratings at their values; `sampled`: every rating with an interval drawn
   * uniformly within it (a dimension `rating place(option, criterion)`: 0 at its low end, 1 at its high).
   */
  readonly ratings?: "fixed" | "sampled";
  /** Perspectives whose beliefs (ratings and risks) a scenario takes, one each: a dimension `beliefs`. */
  readonly perspectives?: readonly string[];
  /** The methods drawn from (default: the assumptions' method only). */
  readonly methods?: readonly MethodName[];
}

/** A run's space, checked and laid out: what each scenario draws, in order. */
export interface SpacePlan {
  readonly free: readonly Precondition[];
  readonly pin: Readonly<Record<string, string>>;
  /** The number of combinations of the free states. */
  readonly grid: number;
  readonly weights:
    | { readonly kind: "simplex" | "fixed" }
    | {
        readonly kind: "bounded";
        /** Indices of the criteria whose share can be above 0; the others hold 0. */
        readonly active: readonly number[];
        readonly bounds: readonly (readonly [number, number])[];
        /** Where the bounds come from, when they are around a point. */
        readonly around?: { readonly spread: number; readonly perspective?: string };
      };
  readonly methods: readonly MethodName[];
  readonly perspectives: readonly string[];
  /** The (option, criterion) pairs with an interval somewhere in the space, when ratings are sampled. */
  readonly ratings: readonly { readonly option: string; readonly criterion: string }[];
  readonly dimensions: readonly PrimDimension[];
  /** The catalog's criterion ids, in order (the weights' order). */
  readonly criteria: readonly string[];
}

const CLAIM_FAILURE = Symbol.for("policy-matrix.ClaimFailure");

const isClaimTarget = (t: DiscoveryTarget): t is Extract<DiscoveryTarget, { kind: "claim" }> =>
  t.kind === "claim";

/** The pairs whose rating could be uncertain in some scenario: an interval of width in a rating, a case or a belief. */
const uncertainPairs = (catalog: Catalog, perspectives: readonly string[], assumptions: AssumptionsInput) => {
  const wide = (i?: readonly [number, number]) => i !== undefined && i[0] < i[1];
  const pairs = new Set<string>();
  for (const option of catalog.options) {
    for (const [criterion, rating] of Object.entries(option.ratings)) {
      if (wide(rating.interval) || rating.cases.some((c) => wide(c.interval))) {
        pairs.add(`${option.id}\u0000${criterion}`);
      }
    }
  }
  const named = new Set(perspectives);
  const p = assumptions.perspective;
  if (p !== undefined) named.add(typeof p === "string" ? p : p.id);
  for (const perspective of catalog.perspectives.filter((x) => named.has(x.id))) {
    for (const b of perspective.beliefs.ratings) {
      if (wide(b.interval)) pairs.add(`${b.option}\u0000${b.criterion}`);
    }
  }
  for (const [option, byCriterion] of Object.entries(assumptions.ratings ?? {})) {
    for (const [criterion, r] of Object.entries(byCriterion)) {
      if (wide(r.interval)) pairs.add(`${option}\u0000${criterion}`);
    }
  }
  // In the catalog's order: options, then criteria.
  return catalog.options.flatMap((o) =>
    catalog.criteria
      .filter((c) => pairs.has(`${o.id}\u0000${c.id}`))
      .map((c) => ({ option: o.id, criterion: c.id })),
  );
};

/** Each criterion's share in the resolved weights of these assumptions (catalog order). */
const sharesOf = (catalog: Catalog, assumptions: AssumptionsInput): E.Either<PolicyMatrixError, number[]> =>
  E.map((a: { weights: Readonly<Record<string, number>> }) => {
    const raw = catalog.criteria.map((c) => a.weights[c.id] ?? 0);
    const total = raw.reduce((s, x) => s + x, 0);
    return raw.map((x) => (total > 0 ? x / total : 1 / raw.length));
  })(resolveAssumptionsEither(catalog, assumptions));

const weightPlan = (
  catalog: Catalog,
  weights: WeightSpace,
  assumptions: AssumptionsInput,
  issues: ErrorIssue[],
): SpacePlan["weights"] => {
  if (weights === "simplex" || weights === "fixed") return { kind: weights };
  if (typeof weights !== "object" || weights === null) {
    issues.push({
      path: "space.weights",
      message: `expected "simplex", "fixed", { kind: "intervals", bounds } or { kind: "around", spread }, got ${JSON.stringify(weights)}`,
    });
    return { kind: "simplex" };
  }
  let bounds: [number, number][];
  if (weights.kind === "intervals") {
    const given = weights.bounds ?? {};
    for (const id of Object.keys(given)) {
      if (!catalog.criteria.some((c) => c.id === id)) {
        issues.push({
          path: `space.weights.bounds.${id}`,
          message: `unknown criterion '${id}' (known: ${catalog.criteria.map((c) => c.id).join(", ")})`,
        });
      }
    }
    bounds = catalog.criteria.map((c) => {
      const b = given[c.id];
      if (b === undefined) return [0, 1];
      if (!(Array.isArray(b) && b.length === 2 && b[0] >= 0 && b[1] <= 1 && b[0] <= b[1])) {
        issues.push({
          path: `space.weights.bounds.${c.id}`,
          message: `expected [low, high] with 0 <= low <= high <= 1, got ${JSON.stringify(b)}`,
        });
        return [0, 1];
      }
      return [b[0], b[1]];
    });
  } else if (weights.kind === "around") {
    const spread = weights.spread;
    if (!(typeof spread === "number" && spread > 0 && spread <= 1)) {
      issues.push({ path: "space.weights.spread", message: `expected a share in (0, 1], got ${spread}` });
      return { kind: "simplex" };
    }
    const at = weights.perspective;
    if (at !== undefined && !catalog.perspectives.some((p) => p.id === at)) {
      issues.push({
        path: "space.weights.perspective",
        message: `unknown perspective '${at}' (known: ${catalog.perspectives.map((p) => p.id).join(", ")})`,
      });
      return { kind: "simplex" };
    }
    const { preconditions: _p, preset: _s, ...rest } = assumptions;
    const shares = sharesOf(catalog, at === undefined ? rest : { perspective: { id: at, use: "values" } });
    if (E.isLeft(shares)) {
      issues.push(...shares.left.issues);
      return { kind: "simplex" };
    }
    bounds = shares.right.map((w) => [Math.max(0, w * (1 - spread)), Math.min(1, w * (1 + spread))]);
  } else {
    issues.push({
      path: "space.weights.kind",
      message: `expected "intervals" or "around", got ${JSON.stringify((weights as { kind?: unknown }).kind)}`,
    });
    return { kind: "simplex" };
  }
  // A share bounded to 0 holds 0; the others are drawn within their bounds.
  const active = bounds.flatMap((b, j) => (b[1] > 0 ? [j] : []));
  const issue = weightModelIssue({ kind: "intervals", bounds: active.map((j) => bounds[j]!) }, active.length);
  if (issue || active.length === 0) {
    issues.push({
      path: "space.weights",
      message: issue?.message ?? "every weight is bounded to 0",
    });
  }
  return {
    kind: "bounded",
    active,
    bounds: active.map((j) => bounds[j]!),
    ...(weights.kind === "around"
      ? {
          around: {
            spread: weights.spread,
            ...(weights.perspective !== undefined ? { perspective: weights.perspective } : {}),
          },
        }
      : {}),
  };
};

/** Checks a space against the catalog, target and assumptions, and lays it out. */
export const planSpace = (
  catalog: Catalog,
  target: DiscoveryTarget,
  space: DiscoverySpace,
  assumptions: AssumptionsInput,
  issues: ErrorIssue[],
): SpacePlan => {
  if (typeof space !== "object" || space === null) {
    issues.push({ path: "space", message: "expected a space object" });
    space = {};
  }
  const knownKeys = ["pin", "weights", "ratings", "perspectives", "methods"];
  for (const key of Object.keys(space)) {
    if (!knownKeys.includes(key)) {
      issues.push({ path: `space.${key}`, message: `unknown key (known: ${knownKeys.join(", ")})` });
    }
  }
  const pin = space.pin ?? {};
  for (const [id, state] of Object.entries(pin)) {
    const pre = catalog.preconditions.find((p) => p.id === id);
    if (!pre) {
      issues.push({
        path: `space.pin.${id}`,
        message: `unknown precondition '${id}' (known: ${catalog.preconditions.map((p) => p.id).join(", ")})`,
      });
    } else if (!pre.states.some((s) => s.id === state)) {
      issues.push({
        path: `space.pin.${id}`,
        message: `'${state}' is not a state of '${id}' (its states: ${pre.states.map((s) => s.id).join(", ")})`,
      });
    }
  }
  const free = catalog.preconditions.filter((p) => !(p.id in pin));
  const weights = weightPlan(catalog, space.weights ?? "simplex", assumptions, issues);
  const methods = space.methods ?? [];
  const known: readonly string[] = methodNames;
  methods.forEach((m, k) => {
    if (!known.includes(m)) {
      issues.push({
        path: `space.methods[${k}]`,
        message: `unknown method '${m}' (known: ${known.join(", ")})`,
      });
    }
  });
  if (new Set(methods).size !== methods.length) {
    issues.push({ path: "space.methods", message: "a method is listed twice" });
  }
  const perspectives = space.perspectives ?? [];
  perspectives.forEach((id, k) => {
    if (!catalog.perspectives.some((p) => p.id === id)) {
      issues.push({
        path: `space.perspectives[${k}]`,
        message: `unknown perspective '${id}' (known: ${catalog.perspectives.map((p) => p.id).join(", ")})`,
      });
    }
  });
  if (new Set(perspectives).size !== perspectives.length) {
    issues.push({ path: "space.perspectives", message: "a perspective is listed twice" });
  }
  if (perspectives.length > 0 && assumptions.perspective !== undefined) {
    issues.push({
      path: "assumptions.perspective",
      message: "the space draws the perspectives' beliefs: leave the assumptions' perspective out",
    });
  }
  const ratingsMode = space.ratings ?? "fixed";
  if (ratingsMode !== "fixed" && ratingsMode !== "sampled") {
    issues.push({
      path: "space.ratings",
      message: `expected "fixed" or "sampled", got ${JSON.stringify(ratingsMode)}`,
    });
  }
  if (ratingsMode === "sampled" && isClaimTarget(target)) {
    issues.push({
      path: "space.ratings",
      message:
        "a claim is checked on assumptions, which hold each rating at one value: sample ratings with an option target",
    });
  }
  if (ratingsMode === "sampled" && (assumptions.riskBurden?.weight ?? 0) > 0) {
    issues.push({
      path: "space.ratings",
      message:
        "ratings are not sampled when the risk burden is weighed as a criterion (assumptions.riskBurden.weight)",
    });
  }
  const ratings = ratingsMode === "sampled" ? uncertainPairs(catalog, perspectives, assumptions) : [];
  const dimensions: PrimDimension[] = [
    ...free.map((p): PrimDimension => ({
      name: p.id,
      kind: "categorical",
      categories: p.states.map((s) => s.id),
    })),
    ...(weights.kind === "fixed"
      ? []
      : catalog.criteria.map((c): PrimDimension => ({ name: `weight(${c.id})`, kind: "continuous" }))),
    ...(methods.length > 1
      ? [{ name: "method", kind: "categorical", categories: [...methods] } as const]
      : []),
    ...(perspectives.length > 1
      ? [{ name: "beliefs", kind: "categorical", categories: [...perspectives] } as const]
      : []),
    ...ratings.map((r): PrimDimension => ({
      name: `rating place(${r.option}, ${r.criterion})`,
      kind: "continuous",
    })),
  ];
  return {
    free,
    pin,
    grid: free.reduce((n, p) => n * p.states.length, 1),
    weights,
    methods,
    perspectives,
    ratings,
    dimensions,
    criteria: catalog.criteria.map((c) => c.id),
  };
};

/** The space in words, for reports: what was drawn and how, what was held. */
export const describeSpace = (plan: SpacePlan, samples: number): string => {
  const pinned = Object.entries(plan.pin).map(([p, state]) => `${p}=${state}`);
  const states =
    plan.free.length === 0
      ? "every precondition pinned"
      : samples >= plan.grid
        ? `every combination of the free states in turn (${plan.grid})`
        : `states drawn uniformly (${plan.grid} combinations)`;
  const w = plan.weights;
  const share = (x: number) => String(Number(x.toFixed(3)));
  const weights =
    w.kind === "bounded"
      ? w.around
        ? `weights within ±${share(w.around.spread * 100)}% of ${w.around.perspective ? `${w.around.perspective}'s values` : "the scenario's"}`
        : `weights drawn within bounds (${w.active
            .map((j, k) => `${plan.criteria[j]} ${share(w.bounds[k]![0])}–${share(w.bounds[k]![1])}`)
            .join(", ")}${w.active.length < plan.criteria.length ? "; others 0" : ""})`
      : w.kind === "simplex"
        ? "weights drawn uniformly"
        : "weights fixed";
  return [
    states,
    ...(pinned.length > 0 ? [`pinned ${pinned.join(", ")}`] : []),
    weights,
    ...(plan.ratings.length > 0 ? [`${plan.ratings.length} ratings drawn within their intervals`] : []),
    ...(plan.perspectives.length > 0 ? [`beliefs of ${plan.perspectives.join(", ")}`] : []),
    ...(plan.methods.length > 1 ? [`methods ${plan.methods.join(", ")}`] : []),
  ].join("; ");
};

/** One cell of the space (states, method, beliefs), prepared once for all its scenarios. */
interface Cell {
  readonly kernel: Kernel;
  readonly ids: readonly string[];
  readonly feasible: readonly boolean[];
  readonly rankLast: boolean;
  readonly offsets: readonly number[];
  /** The assumptions' weights as shares, in the kernel's column order. */
  readonly fixed: Float64Array;
  /** Each sampled rating's cell in the kernel's values, and its interval in the method's numbers. */
  readonly places: readonly { readonly at: number; readonly low: number; readonly high: number }[];
  readonly base: Float64Array;
  readonly values: Float64Array;
  readonly scores: Float64Array;
  readonly order: Int32Array;
  readonly ranks: Int32Array;
}

/** What the scenario drew, as assumptions (for claims and the cases the kernel does not cover). */
const scenarioAssumptions = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
  preconditions: Record<string, string>,
  weights: Float64Array | undefined,
  method: MethodName | undefined,
  perspective: string | undefined,
): AssumptionsInput => ({
  ...assumptions,
  preconditions,
  ...(weights ? { weights: Object.fromEntries(catalog.criteria.map((c, j) => [c.id, weights[j]!])) } : {}),
  ...(method ? { method } : {}),
  ...(perspective ? { perspective: { id: perspective, use: "beliefs" as const } } : {}),
});

/** Whether the target holds, given each option's rank and feasibility. */
export const holdsAt = (
  target: Exclude<DiscoveryTarget, { kind: "claim" }>,
  ids: readonly string[],
  ranks: ArrayLike<number>,
  feasible: readonly boolean[],
): boolean => {
  const i = ids.indexOf(target.option);
  if (i < 0) return false;
  if (target.kind === "first") return ranks[i] === 1 && feasible[i]!;
  if (target.kind === "top") return ranks[i]! <= target.k && feasible[i]!;
  const j = ids.indexOf(target.than);
  return feasible[i]! && (j < 0 || ranks[i]! < ranks[j]!);
};

/**
 * Draws and evaluates scenarios from..to−1 of a run, each from its own random stream (seed, i), so
 * any split of the run gives the same scenarios. Where the run has a scenario for every
 * combination of the free states, scenario i takes combination i mod the grid (as a mixed-radix
 * number); otherwise it draws them.
 */
export const drawScenarios = (
  catalog: Catalog,
  target: DiscoveryTarget,
  plan: SpacePlan,
  seed: number,
  from: number,
  to: number,
  samples: number,
  assumptions: AssumptionsInput,
  onProgress?: (done: number, total: number) => void,
): { data: number[][]; y: boolean[] } => {
  const m = catalog.criteria.length;
  // Cells by number: the combination of free states, then the method, then the beliefs.
  const cells = new Map<number, Cell | undefined>();
  const cellOf = (key: number, a: () => AssumptionsInput): Cell | undefined => {
    if (cells.has(key)) return cells.get(key);
    const cell = buildCell(catalog, plan, a());
    cells.set(key, cell);
    return cell;
  };
  const methodCount = Math.max(1, plan.methods.length);
  const perspectiveCount = Math.max(1, plan.perspectives.length);
  const data: number[][] = [];
  const y: boolean[] = [];
  const random = new RandomStream();
  const weights = new Float64Array(m);
  const active =
    plan.weights.kind === "bounded"
      ? {
          model: {
            kind: "intervals" as const,
            bounds: plan.weights.bounds.map((b) => [b[0], b[1]] as [number, number]),
          },
          out: new Float64Array(plan.weights.active.length),
          scratch: new Float64Array(plan.weights.active.length),
          none: new Float64Array(0),
          at: plan.weights.active,
        }
      : undefined;
  const places = new Float64Array(plan.ratings.length);
  const exhaustive = samples >= plan.grid;
  for (let i = from; i < to; i++) {
    random.reseed(seed, i);
    if (onProgress && (i - from) % 100 === 0) onProgress(i - from, to - from);
    const row: number[] = [];
    let combination = 0;
    let radix = 1;
    let cell = i % plan.grid;
    for (const p of plan.free) {
      const k = exhaustive
        ? cell % p.states.length
        : Math.min(p.states.length - 1, Math.floor(random.next() * p.states.length));
      cell = Math.floor(cell / p.states.length);
      row.push(k);
      combination += k * radix;
      radix *= p.states.length;
    }
    if (plan.weights.kind === "simplex") {
      let total = 0;
      for (let j = 0; j < m; j++) {
        weights[j] = -logarithm(random.next());
        total += weights[j]!;
      }
      for (let j = 0; j < m; j++) weights[j] = weights[j]! / total;
    } else if (active) {
      if (!sampleWeights(active.model, active.none, random, active.out, active.scratch)) {
        throw new PolicyMatrixError("invalid-input", [
          {
            path: "space.weights",
            message: `the weight bounds are too narrow to sample from (no fitting sample in ${MAX_REJECTIONS} tries)`,
          },
        ]);
      }
      weights.fill(0);
      active.at.forEach((j, k) => (weights[j] = active.out[k]!));
    }
    if (plan.weights.kind !== "fixed") for (let j = 0; j < m; j++) row.push(weights[j]!);
    let methodIndex = 0;
    if (plan.methods.length > 1) {
      methodIndex = Math.min(plan.methods.length - 1, Math.floor(random.next() * plan.methods.length));
      row.push(methodIndex);
    }
    const method: MethodName | undefined = plan.methods[methodIndex];
    let perspectiveIndex = 0;
    if (plan.perspectives.length > 1) {
      perspectiveIndex = Math.min(
        plan.perspectives.length - 1,
        Math.floor(random.next() * plan.perspectives.length),
      );
      row.push(perspectiveIndex);
    }
    const perspective: string | undefined = plan.perspectives[perspectiveIndex];
    for (let r = 0; r < places.length; r++) {
      places[r] = random.next();
      row.push(places[r]!);
    }
    const sampled = plan.weights.kind === "fixed" ? undefined : weights;
    // The scenario as assumptions, built only where they are needed.
    const a = () => {
      const preconditions: Record<string, string> = { ...plan.pin };
      plan.free.forEach((p, k) => (preconditions[p.id] = p.states[row[k]!]!.id));
      return scenarioAssumptions(catalog, assumptions, preconditions, sampled, method, perspective);
    };
    data.push(row);
    if (isClaimTarget(target)) {
      y.push(claimHolds(target.claim, catalog, a()));
      continue;
    }
    const c = cellOf((combination * methodCount + methodIndex) * perspectiveCount + perspectiveIndex, a);
    if (!c) {
      // The kernel does not cover this cell (the risk burden weighed as a criterion): a comparison does.
      const comparison = orThrow(compareEither(catalog, a()));
      const rows = comparison.rows;
      y.push(
        holdsAt(
          target,
          rows.map((x) => x.option),
          rows.map((x) => x.rank),
          rows.map((x) => x.feasible),
        ),
      );
      continue;
    }
    y.push(holdsAt(target, c.ids, rankCell(c, sampled, places), c.feasible));
  }
  return { data, y };
};

/** The cell's scores for these weights (shares, catalog order) and rating places, ranked as a comparison ranks. */
const rankCell = (c: Cell, weights: Float64Array | undefined, places: Float64Array): Int32Array => {
  if (c.places.length > 0) {
    c.values.set(c.base);
    c.places.forEach((p, r) => {
      if (p.at >= 0) c.values[p.at] = p.low + (p.high - p.low) * places[r]!;
    });
    c.kernel.prepare(c.values);
  }
  c.kernel.score(weights ?? c.fixed, c.scores);
  for (let i = 0; i < c.scores.length; i++) c.scores[i] = c.scores[i]! + c.offsets[i]!;
  rankInto(c.scores, c.feasible, c.rankLast, c.order, c.ranks);
  return c.ranks;
};

/**
 * Each option's rank by the rules of `rankOptions` (feasible options first under `rank-last`; best
 * score first, the lower index first on equal scores; scores tied within the tolerance, each to
 * the next, share the best rank of their run), into `ranks`, without allocating.
 */
export const rankInto = (
  scores: Float64Array,
  feasible: readonly boolean[],
  rankLast: boolean,
  order: Int32Array,
  ranks: Int32Array,
): void => {
  const n = scores.length;
  let offset = 0;
  for (let pass = 0; pass < (rankLast ? 2 : 1); pass++) {
    let len = 0;
    for (let i = 0; i < n; i++) {
      if (!rankLast || feasible[i] === (pass === 0)) order[offset + len++] = i;
    }
    for (let a = offset + 1; a < offset + len; a++) {
      const x = order[a]!;
      const sx = scores[x]!;
      let b = a - 1;
      while (b >= offset && (scores[order[b]!]! < sx || (scores[order[b]!]! === sx && order[b]! > x))) {
        order[b + 1] = order[b]!;
        b--;
      }
      order[b + 1] = x;
    }
    let start = offset;
    for (let k = offset; k < offset + len; k++) {
      if (k > offset && !tied(scores[order[k - 1]!]!, scores[order[k]!]!)) start = k;
      ranks[order[k]!] = start + 1;
    }
    offset += len;
  }
};
/** A claim's verdict: true, or false on a `ClaimFailure`; any other error is the caller's. */
const claimHolds = (claim: ClaimTarget, catalog: Catalog, a: AssumptionsInput): boolean => {
  try {
    return claim(catalog, a) === true;
  } catch (error) {
    if (hasMark(error, CLAIM_FAILURE)) return false;
    throw error;
  }
};

const buildCell = (
  catalog: Catalog,
  plan: Pick<SpacePlan, "ratings">,
  a: AssumptionsInput,
): Cell | undefined => {
  const setup = orThrow(
    E.chain((r: Parameters<typeof setupComparison>[1]) => setupComparison(catalog, r))(
      resolveAssumptionsEither(catalog, a),
    ),
  );
  const sameColumns =
    setup.criteria.length === catalog.criteria.length &&
    setup.criteria.every((c, j) => c.id === catalog.criteria[j]!.id);
  if (!sameColumns) return undefined;
  const p = orThrow(prepareProblem(setup.problem));
  const kernel = makeKernel(p, setup.method, "score");
  kernel.prepare(p.values);
  const total = setup.criteria.reduce((s, c) => s + setup.weights[c.id]!, 0);
  const columns = setup.criteria.length;
  const places = plan.ratings.map((r) => {
    const i = setup.ids.indexOf(r.option);
    const j = setup.criteria.findIndex((c) => c.id === r.criterion);
    if (i < 0 || j < 0) return { at: -1, low: 0, high: 0 };
    const [low, high] = setup.intervals[i]![j]!;
    return { at: i * columns + j, low, high };
  });
  return {
    kernel,
    ids: setup.ids,
    feasible: setup.included.map((f) => f.feasible),
    rankLast: setup.assumptions.infeasible === "rank-last",
    offsets: setup.penalties.map((x) => -x.risk - x.infeasible),
    fixed: Float64Array.from(setup.criteria, (c) => setup.weights[c.id]! / total),
    places,
    base: Float64Array.from(p.values),
    values: new Float64Array(p.values.length),
    scores: new Float64Array(p.rows),
    order: new Int32Array(p.rows),
    ranks: new Int32Array(p.rows),
  };
};

/**
 * The options ranked first under fixed assumptions for any weights (each criterion's weight in
 * the catalog's order, any scale: they are taken as shares of their sum), as `compare` ranks them:
 * the comparison is prepared once and each call only scores, so a search over weights is cheap.
 */
export const firstUnderWeights = (
  catalog: Catalog,
  assumptions: AssumptionsInput,
): ((weights: readonly number[]) => string[]) => {
  const cell = buildCell(catalog, { ratings: [] }, assumptions);
  const shares = new Float64Array(catalog.criteria.length);
  const none = new Float64Array(0);
  return (weights) => {
    const total = weights.reduce((s, x) => s + x, 0);
    if (!cell) {
      return topOptions(
        orThrow(
          compareEither(catalog, {
            ...assumptions,
            weights: Object.fromEntries(catalog.criteria.map((c, j) => [c.id, weights[j]!])),
          }),
        ),
      );
    }
    weights.forEach((w, j) => (shares[j] = w / total));
    const ranks = rankCell(cell, shares, none);
    return cell.ids.filter((_, i) => ranks[i] === 1);
  };
};
