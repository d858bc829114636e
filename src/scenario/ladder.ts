import * as E from "fp-ts/lib/Either.js";
import { isRecord } from "../model/arguments";
import type { Comparison, ComparisonRow } from "../comparison/types";
import { fail, orThrow, type PolicyMatrixError } from "../errors";

/** One rung of the escalation ladder: the options at that escalation level, best first. */
export interface Rung {
  readonly escalation: number;
  readonly rows: readonly ComparisonRow[];
}

/**
 * The comparison's options grouped by escalation level, lowest rung first.
 *
 * @example
 * ```ts
 * escalationLadder(compare(builtinCatalog())).map((r) => r.escalation); // [0, 1, 2, 3, 4, 5, 6]
 * ```
 */
export const escalationLadder = (comparison: Comparison): Rung[] =>
  [...new Set(comparison.rows.map((r) => r.escalation))]
    .sort((a, b) => a - b)
    .map((escalation) => ({ escalation, rows: comparison.rows.filter((r) => r.escalation === escalation) }));

/** The bar an option must meet: a score of at least `minScore`, or a rank within the `topK`. */
export type Bar = { readonly minScore: number } | { readonly topK: number };

/** The Either twin of `leastEscalatory`. */
export const leastEscalatoryEither = (
  comparison: Comparison,
  bar: Bar,
): E.Either<PolicyMatrixError, ComparisonRow | undefined> => {
  if (!isRecord(comparison) || !Array.isArray(comparison.rows)) {
    return fail("invalid-input", "comparison", "expected a comparison (from compare)");
  }
  if (!isRecord(bar) || !("topK" in bar || "minScore" in bar)) {
    return fail("invalid-input", "bar", "expected { topK } or { minScore }");
  }
  if ("topK" in bar && !(Number.isInteger(bar.topK) && bar.topK >= 1)) {
    return fail("invalid-input", "bar.topK", `expected a whole number >= 1, got ${bar.topK}`);
  }
  if ("minScore" in bar && !Number.isFinite(bar.minScore)) {
    return fail("invalid-input", "bar.minScore", `expected a finite number, got ${bar.minScore}`);
  }
  const meets = (r: ComparisonRow) => ("topK" in bar ? r.rank <= bar.topK : r.score >= bar.minScore);
  for (const rung of escalationLadder(comparison)) {
    const found = rung.rows.find((r) => r.feasible && meets(r));
    if (found) return E.right(found);
  }
  return E.right(undefined);
};

/**
 * The least escalatory feasible option that meets the bar (the best-ranked one on the lowest rung
 * that has any), or undefined when none does: direct action as "a last resort" on "an escalating
 * scale", in the Heritage report's words.
 *
 * @example
 * ```ts
 * const c = compare(builtinCatalog(), { weights: { "cartel-capability": 5 } });
 * leastEscalatory(c, { topK: 3 }).escalation; // 0
 * ```
 */
export const leastEscalatory = (comparison: Comparison, bar: Bar): ComparisonRow | undefined =>
  orThrow(leastEscalatoryEither(comparison, bar));
