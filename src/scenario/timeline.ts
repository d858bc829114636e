import * as E from "fp-ts/lib/Either.js";
import * as A from "fp-ts/lib/Array.js";
import { pipe } from "fp-ts/lib/function.js";
import { compareEither } from "../comparison/compare";
import type { Comparison } from "../comparison/types";
import { orThrow, PolicyMatrixError } from "../errors";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import type { Evidence } from "../model/evidence";
import { ASSUMPTIONS_OBJECT, catalogArgument, objectArgument } from "../model/arguments";
import { diff, topOptions, type ComparisonDiff } from "./diff";

/** A precondition whose documented state moved between two dates, with the quote for the new one. */
export interface StateMove {
  readonly precondition: string;
  readonly from: string;
  readonly to: string;
  /** Why the preset sets the new state, and the quotes it rests on. */
  readonly rationale: string;
  readonly evidence: readonly Evidence[];
}

/** One date of the timeline: the comparison under that date's documented states, and what moved. */
export interface TimelineStep {
  readonly preset: string;
  readonly name: string;
  readonly date: string;
  readonly comparison: Comparison;
  /** The options ranked first (more than one when tied). */
  readonly top: readonly string[];
  /** Against the date before (empty at the first): the states that moved, each with its quote. */
  readonly moved: readonly StateMove[];
  /** Against the date before (absent at the first): what the comparison did, top and feasibility first. */
  readonly change?: ComparisonDiff;
  /**
   * States held at every date against what the presets document (set by the assumptions or by a
   * perspective's argued conditions): the same in every step.
   */
  readonly held: Readonly<Record<string, string>>;
}

/** The Either twin of `timeline`. */
export const timelineEither = (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
): E.Either<PolicyMatrixError, TimelineStep[]> => {
  const given = catalogArgument(catalog);
  if (E.isLeft(given)) return given;
  const object = objectArgument(assumptions, "assumptions", ASSUMPTIONS_OBJECT, "invalid-assumptions");
  if (E.isLeft(object)) return object;
  if (assumptions.preset !== undefined) {
    return E.left(
      new PolicyMatrixError("invalid-assumptions", [
        {
          path: "assumptions.preset",
          message: "the timeline takes every preset in turn, so this would be ignored; leave it out",
        },
      ]),
    );
  }
  if (catalog.presets.length === 0) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: "catalog.presets", message: "the catalog has no presets, so there is no timeline to draw" },
      ]),
    );
  }
  const presets = [...catalog.presets].sort((a, b) => a.date.localeCompare(b.date));
  return pipe(
    presets,
    A.traverse(E.Applicative)((p) => compareEither(catalog, { ...assumptions, preset: p.id })),
    E.map((comparisons) => {
      const held = Object.fromEntries(
        Object.entries(comparisons[0]!.assumptions.preconditions).filter(([id]) =>
          presets.some((p, k) => {
            const documented = p.states[id]?.state;
            return documented !== undefined && comparisons[k]!.assumptions.preconditions[id] !== documented;
          }),
        ),
      );
      return comparisons.map((comparison, k): TimelineStep => {
        const preset = presets[k]!;
        const before = comparisons[k - 1];
        const states = comparison.assumptions.preconditions;
        const moved: StateMove[] = before
          ? Object.entries(states)
              .filter(([id, state]) => before.assumptions.preconditions[id] !== state)
              .map(([id, state]) => {
                const documented = preset.states[id];
                return {
                  precondition: id,
                  from: before.assumptions.preconditions[id]!,
                  to: state,
                  // States pinned by the assumptions are the same at every date, so they never move
                  // here; a state this preset leaves unset is the catalog's default.
                  rationale:
                    documented?.state === state
                      ? documented.rationale
                      : "this preset does not set it: the precondition's default state",
                  evidence: documented?.state === state ? documented.evidence : [],
                };
              })
          : [];
        return {
          preset: preset.id,
          name: preset.name,
          date: preset.date,
          comparison,
          top: topOptions(comparison),
          moved,
          ...(before ? { change: diff(before, comparison) } : {}),
          held,
        };
      });
    }),
  );
};

/**
 * How the documented state moved the answer: the comparison under each preset in date order (the
 * other assumptions held: weights, method, perspective, states you pin), and at each date the
 * states that moved since the date before, each with the quote behind it, and what that did to the
 * ranking (top option, options blocked or freed, moves). The assumptions must not name a preset.
 *
 * @example
 * ```ts
 * const steps = timeline(builtinCatalog());
 * steps.map((s) => s.preset); // ["2023-03", "2025-01", "2025-08", "2025-09"]
 * steps[1].moved.map((m) => m.precondition).includes("fto-designation"); // true
 * ```
 */
export const timeline = (catalog: Catalog, assumptions: AssumptionsInput = {}): TimelineStep[] =>
  orThrow(timelineEither(catalog, assumptions));
