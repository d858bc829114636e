import * as E from "fp-ts/lib/Either.js";
import type { AssumptionsInput } from "../model/assumptions";
import { pipe } from "fp-ts/lib/function.js";
import { orThrow, type PolicyMatrixError } from "../errors";
import { deepFreeze } from "../freeze";
import { prepareProblem } from "../methods/problem";
import { runMethod } from "../methods/score-matrix";
import type { Catalog } from "../model/catalog";
import { resolveAssumptionsEither, type ResolvedAssumptions } from "../scenario/resolve";
import { contributionMeaning } from "./contributions";
import { rowsOf } from "./rows";
import { setupComparison } from "./setup";
import type { Comparison, ComparisonRow, PerspectiveUsed } from "./types";

const perspectiveUsed = (
  catalog: Catalog,
  a: ResolvedAssumptions,
  rows: readonly ComparisonRow[],
): PerspectiveUsed | undefined => {
  const choice = a.perspective;
  const p = choice && catalog.perspectives.find((x) => x.id === choice.id);
  if (!choice || !p) return undefined;
  const rated = new Set(catalog.criteria.map((c) => c.id));
  const count = (ratedBy: string) => ({
    ratings: rows.reduce(
      (n, r) => n + r.contributions.filter((c) => c.ratedBy === ratedBy && rated.has(c.criterion)).length,
      0,
    ),
    risks: rows.reduce((n, r) => n + r.risks.filter((x) => x.ratedBy === ratedBy).length, 0),
  });
  const argued = choice.conditions ? Object.entries(p.conditions) : [];
  return {
    ...choice,
    actor: p.actor,
    argued: Object.fromEntries(
      argued.filter(([id, s]) => a.preconditions[id] === s.state).map(([id, s]) => [id, s.state]),
    ),
    overridden: argued.filter(([id, s]) => a.preconditions[id] !== s.state).map(([id]) => id),
    beliefs: count("perspective"),
    analyst: count("analyst"),
  };
};

/** The Either twin of `compare`. */
export const compareEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, Comparison> =>
  pipe(
    resolveAssumptionsEither(catalog, assumptions),
    E.chain((a) => setupComparison(catalog, a)),
    E.chain((setup) =>
      pipe(
        prepareProblem(setup.problem),
        E.chain((prepared) => runMethod(prepared, setup.method)),
        E.map((out): Comparison => {
          const total = setup.criteria.reduce((s, c) => s + setup.weights[c.id]!, 0);
          const rows = rowsOf(catalog, setup, out);
          const perspective = perspectiveUsed(catalog, setup.assumptions, rows);
          const included = new Set(setup.ids);
          return deepFreeze({
            catalog: { id: catalog.id, version: catalog.version },
            assumptions: setup.assumptions,
            method: setup.method,
            ...(perspective ? { perspective } : {}),
            contributionMeaning: contributionMeaning[out.explanation.kind],
            criteria: setup.criteria.map((c) => ({
              id: c.id,
              name: c.name,
              direction: c.direction,
              weight: setup.weights[c.id]! / total,
              scale: { min: c.scale.min, max: c.scale.max },
            })),
            rows,
            excluded: setup.feasibility.filter((f) => !included.has(f.option)),
          });
        }),
      ),
    ),
  );

/**
 * Compares a catalog's options under assumptions (defaults: the latest documented states, equal
 * weights, the weighted sum with each criterion's scale as min-max bounds). Rows come best first,
 * each with its score, rank, ties, feasibility, per-criterion contributions with their rationale
 * and evidence, and the risks that apply. Throws `PolicyMatrixError` on bad assumptions.
 *
 * @example
 * ```ts
 * const states = { "mexican-consent": "joint-approval", "presidential-directive": "force-authorized" };
 * const result = compare(builtinCatalog(), { preconditions: states });
 * result.rows.find((r) => r.option === "joint-operations").feasible; // true
 * result.rows[0].rank; // 1
 * ```
 */
export const compare = (catalog: Catalog, assumptions: AssumptionsInput = {}): Comparison =>
  orThrow(compareEither(catalog, assumptions));
