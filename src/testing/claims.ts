import fc from "fast-check";
import { compare } from "../comparison/compare";
import { evaluateCondition } from "../feasibility/condition";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import { resolveAssumptions } from "../scenario/resolve";
import { fromZodError, hasMark, mark, PolicyMatrixError } from "../errors";
import { Condition } from "../model/requirement";

const CLAIM_FAILURE = Symbol.for("policy-matrix.ClaimFailure");

/** The assumptions as a failure shows them: what differs from the defaults, if they resolve. */
const readable = (catalog: Catalog, assumptions: AssumptionsInput): AssumptionsInput => {
  try {
    return differingFromDefaults(catalog, assumptions);
  } catch {
    return assumptions;
  }
};

/**
 * The assumptions reduced to what differs from the defaults they start from: precondition states
 * other than the documented ones (or the preset's, or the perspective's argued ones), weights other
 * than the defaults (or the perspective's), and everything else as given. The comparison is the
 * same under both; the reduced form is what a person needs to read.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const a = { preconditions: { aumf: "enacted", "fto-designation": "designated" }, weights: { speed: 1, "drug-flow": 5 } };
 * differingFromDefaults(catalog, a); // { preconditions: { aumf: "enacted" }, weights: { "drug-flow": 5 } }
 * ```
 */
export const differingFromDefaults = (catalog: Catalog, assumptions: AssumptionsInput): AssumptionsInput => {
  const { preconditions, weights, ...rest } = assumptions;
  const base = resolveAssumptions(catalog, {
    ...(rest.preset !== undefined ? { preset: rest.preset } : {}),
    ...(rest.perspective !== undefined ? { perspective: rest.perspective } : {}),
  });
  const differing = <V>(
    given: Readonly<Record<string, V>> | undefined,
    defaults: Readonly<Record<string, V>>,
  ) => {
    const kept = Object.entries(given ?? {}).filter(([k, v]) => defaults[k] !== v);
    return kept.length > 0 ? { ...Object.fromEntries(kept) } : undefined;
  };
  const states = differing(preconditions, base.preconditions);
  const weighed = differing(weights, base.weights);
  return { ...(states ? { preconditions: states } : {}), ...(weighed ? { weights: weighed } : {}), ...rest };
};

/**
 * The error a claim throws when the assumptions break it: a readable sentence, and the assumptions
 * (in the message, only what differs from the defaults; `assumptions` has them all).
 *
 * @example
 * ```ts
 * const claim = alwaysRanksAbove("sof-raids", "training-fid");
 * claim(builtinCatalog(), {}); // throws "sof-raids ranks above training-fid fails: training-fid ranks 8"
 * ```
 */
export class ClaimFailure extends Error {
  override readonly name = "ClaimFailure";
  constructor(
    readonly claim: string,
    readonly why: string,
    readonly assumptions: AssumptionsInput,
    catalog?: Catalog,
  ) {
    const shown = catalog ? readable(catalog, assumptions) : assumptions;
    super(`${claim} fails: ${why}\n  under assumptions ${JSON.stringify(shown)}`);
    mark(this, CLAIM_FAILURE);
  }

  /** Recognises claim failures from either format of the package (see `PolicyMatrixError`). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasMark(value, CLAIM_FAILURE);
  }
}

/**
 * A claim about the comparisons of a catalog: returns true when the assumptions bear it out, and
 * throws a `ClaimFailure` saying why when they do not, so it can stand as a fast-check predicate.
 */
export type Claim = ((catalog: Catalog, assumptions: AssumptionsInput) => true) & {
  readonly description: string;
};

/**
 * A claim of your own: `check` looks at the catalog under the assumptions (with `compare`, say)
 * and says whether they bear the claim out: `true` or `undefined` when they do; a sentence saying
 * why not, or `false`, when they do not. The claim then throws a `ClaimFailure` (with the sentence,
 * or "the check returned false"), and works with `checkClaim` and `fc.property` like the built-in
 * ones. A check that returns anything else (a number, an object, an empty string) is a mistake in
 * the check, and throws a `PolicyMatrixError` saying so rather than pass or fail by accident.
 *
 * @example
 * ```ts
 * const raidsNeverFirst = defineClaim("a raid never ranks first", (catalog, a) => {
 *   const top = compare(catalog, a).rows[0];
 *   return top.option === "sof-raids" ? `sof-raids ranks first (score ${top.score.toFixed(3)})` : undefined;
 * });
 * raidsNeverFirst(builtinCatalog(), {}); // true
 * raidsNeverFirst.description; // "a raid never ranks first"
 * ```
 */
export const defineClaim = (
  description: string,
  check: (catalog: Catalog, a: AssumptionsInput) => string | boolean | undefined,
): Claim =>
  Object.assign(
    (catalog: Catalog, assumptions: AssumptionsInput): true => {
      const verdict: unknown = check(catalog, assumptions);
      if (verdict === undefined || verdict === true) return true;
      if (verdict === false)
        throw new ClaimFailure(description, "the check returned false", assumptions, catalog);
      if (typeof verdict === "string" && verdict.trim() !== "")
        throw new ClaimFailure(description, verdict, assumptions, catalog);
      throw new PolicyMatrixError("invalid-input", [
        {
          path: "check",
          message: `the check of '${description}' returned ${JSON.stringify(verdict) ?? String(verdict)}; expected true or undefined (the claim holds), or false or a sentence saying why not`,
        },
      ]);
    },
    { description },
  );

/**
 * Claims that option `a` ranks strictly above option `b`.
 *
 * @example
 * ```ts
 * const claim = alwaysRanksAbove("training-fid", "sof-raids");
 * claim(builtinCatalog(), {}); // true
 * ```
 */
export const alwaysRanksAbove = (a: string, b: string): Claim =>
  defineClaim(`${a} ranks above ${b}`, (catalog, assumptions) => {
    const rows = compare(catalog, assumptions).rows;
    const x = rows.find((r) => r.option === a);
    const y = rows.find((r) => r.option === b);
    if (!x || !y) return `${!x ? a : b} is not in the comparison`;
    return x.rank < y.rank
      ? undefined
      : `${b} ranks ${y.rank} (score ${y.score.toFixed(3)}), ${a} ranks ${x.rank} (score ${x.score.toFixed(3)})`;
  });

/**
 * Claims that an option is never feasible when a condition on the preconditions holds.
 *
 * @example
 * ```ts
 * const claim = neverFeasibleWhen("joint-operations", { op: "in", precondition: "mexican-consent", states: ["opposed"] });
 * claim(builtinCatalog(), { preconditions: { "mexican-consent": "opposed" } }); // true
 * ```
 */
export const neverFeasibleWhen = (option: string, condition: Condition): Claim => {
  // A malformed condition is a mistake in the claim, not a finding about the catalog: say so now.
  const parsed = Condition.safeParse(condition);
  if (!parsed.success) throw fromZodError("invalid-input", "condition", parsed.error);
  return defineClaim(
    `${option} is never feasible when ${JSON.stringify(condition)}`,
    (catalog, assumptions) => {
      const states = resolveAssumptions(catalog, assumptions).preconditions;
      if (!evaluateCondition(condition, states).holds) return undefined;
      const row = compare(catalog, { ...assumptions, infeasible: "rank-last" }).rows.find(
        (r) => r.option === option,
      );
      return row?.feasible
        ? `${option} is feasible although ${evaluateCondition(condition, states).explanation}`
        : undefined;
    },
  );
};

/**
 * Claims that the top-ranked option is one of `set`.
 *
 * @example
 * ```ts
 * topOptionIn(["intelligence-sharing", "law-enforcement-cooperation"])(builtinCatalog(), {}); // true
 * ```
 */
export const topOptionIn = (set: readonly string[]): Claim =>
  defineClaim(`the top option is one of ${set.join(", ")}`, (catalog, assumptions) => {
    const top = compare(catalog, assumptions).rows[0]!;
    return set.includes(top.option)
      ? undefined
      : `the top option is ${top.option} (score ${top.score.toFixed(3)})`;
  });

/** What checking a claim over generated assumptions found. */
export interface ClaimCheck {
  readonly holds: boolean;
  readonly runs: number;
  /**
   * The shrunk assumptions that broke the claim, reduced to what differs from the defaults (the
   * same comparison), and why; absent when it held.
   */
  readonly counterexample?: AssumptionsInput;
  readonly why?: string;
  readonly seed: number;
}

/**
 * Checks a claim over generated assumptions with fast-check and reports the shrunk
 * counterexample in plain terms instead of throwing (use `fc.assert(fc.property(arb, (a) =>
 * claim(catalog, a)))` to fail a test instead). Bad input is not a counterexample: a check that
 * returns neither a verdict nor a reason, or assumptions the catalog refuses, throw their
 * `PolicyMatrixError`; an exception in the check's own code (a TypeError) is thrown as it is.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const r = checkClaim(catalog, assumptionsFor(catalog), topOptionIn(["ground-intervention"]), { numRuns: 20, seed: 1 });
 * r.holds; // false
 * r.why.startsWith("the top option is"); // true
 * ```
 */
export const checkClaim = (
  catalog: Catalog,
  arbitrary: fc.Arbitrary<AssumptionsInput>,
  c: Claim,
  params: fc.Parameters<[AssumptionsInput]> = {},
): ClaimCheck => {
  const details = fc.check(
    fc.property(arbitrary, (a) => c(catalog, a)),
    params,
  );
  if (!details.failed) return { holds: true, runs: details.numRuns, seed: details.seed };
  const [counterexample] = details.counterexample ?? [];
  const error = details.errorInstance;
  // Bad input (a mistaken check, assumptions the catalog refuses) is not a counterexample, and
  // neither is an exception in the check's own code (a TypeError): only a ClaimFailure is.
  if (error instanceof PolicyMatrixError) throw error;
  if (!(error instanceof ClaimFailure)) throw error;
  return {
    holds: false,
    runs: details.numRuns,
    seed: details.seed,
    ...(counterexample ? { counterexample: readable(catalog, counterexample) } : {}),
    why: error instanceof ClaimFailure ? error.why : String((error as Error | undefined)?.message ?? error),
  };
};
