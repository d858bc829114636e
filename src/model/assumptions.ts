import { z } from "zod";
import { MethodOptions } from "../methods/method-options";
import { Id, Text } from "./id";
import { FiniteNumber, NonNegative } from "./numbers";

/** A user's own rating of an option on a criterion, replacing the catalog's, with the user's reason. */
export const RatingOverride = z
  .object({
    value: FiniteNumber,
    interval: z.tuple([FiniteNumber, FiniteNumber]).optional(),
    rationale: Text,
  })
  .strict()
  .refine((r) => !r.interval || (r.interval[0] <= r.value && r.value <= r.interval[1]), {
    message: "expected low <= value <= high",
    path: ["interval"],
  });
export type RatingOverride = z.infer<typeof RatingOverride>;

/** A user's own likelihood (0..1) and/or severity (1..5) of a risk for an option, with the reason. */
export const RiskOverride = z
  .object({
    likelihood: z.number().min(0).max(1).optional(),
    severity: z.number().min(1).max(5).optional(),
    rationale: Text,
  })
  .strict();
export type RiskOverride = z.infer<typeof RiskOverride>;

/**
 * A value looked up in the catalog (a state, a preset, a perspective): any non-empty text, so that a
 * near miss ('Opposed') is answered by the lookup, which lists what the catalog has.
 */
const CatalogName = z.string().min(1, "expected a name from the catalog");

/**
 * Which parts of a perspective a comparison takes: its weights and beliefs (`values-and-beliefs`,
 * the default), its weights alone (`values`: the actor's values, the analyst's ratings) or its
 * beliefs alone (`beliefs`: the actor's ratings and risks, the default weights). `conditions: true`
 * also sets the precondition states the actor argues for (before the assumptions' own).
 */
export const PerspectiveChoice = z
  .object({
    id: CatalogName,
    use: z.enum(["values-and-beliefs", "values", "beliefs"]).default("values-and-beliefs"),
    conditions: z.boolean().default(false),
  })
  .strict();
export type PerspectiveChoice = z.infer<typeof PerspectiveChoice>;

/**
 * The largest penalty: scores lie within [−1, 1], so a penalty of 1 already puts an option below
 * every other; beyond 1000 the subtraction would round the scores' own differences away (and at
 * 1e308 reach −Infinity).
 */
export const MAX_PENALTY = 1000;
const Penalty = NonNegative.max(MAX_PENALTY, {
  error: (issue) =>
    `expected a penalty from 0 to ${MAX_PENALTY} (scores lie within [-1, 1]; a larger penalty would round their differences away), got ${String(issue.input)}`,
});

/**
 * What a user assumes for a comparison. Everything is optional and merges over the defaults, in
 * this order: precondition states are the latest documented ones, then the `preset`'s, then the
 * perspective's `conditions` (when asked for), then `preconditions`; weights are each criterion's
 * default, then the `perspective`'s (criteria it leaves out weigh 0), then `weights`; ratings and
 * risks are the catalog's, then the perspective's beliefs, then `ratings` and `risks`, each with
 * a rationale. `perspective` is an id (weights and beliefs) or a `PerspectiveChoice`.
 * `riskBurden.weight` adds the risk burden (Σ likelihood × severity) as a cost criterion with that
 * weight; `riskBurden.penalty` subtracts penalty × burden / (largest possible burden) from each
 * score (both penalties at most `MAX_PENALTY`, 1000). `infeasible`: blocked options rank after every feasible one (`rank-last`, default), are
 * left out (`exclude`), or rank among the others with `infeasiblePenalty` subtracted (`penalize`).
 * Unknown keys are errors.
 */
export const Assumptions = z
  .object({
    name: Text.optional(),
    description: Text.optional(),
    preset: CatalogName.optional(),
    perspective: z
      .union([
        CatalogName.transform((id): PerspectiveChoice => ({
          id,
          use: "values-and-beliefs",
          conditions: false,
        })),
        PerspectiveChoice,
      ])
      .optional(),
    preconditions: z.record(Id, CatalogName).default({}),
    weights: z.record(Id, NonNegative).default({}),
    ratings: z.record(Id, z.record(Id, RatingOverride)).default({}),
    risks: z.record(Id, z.record(Id, RiskOverride)).default({}),
    riskBurden: z
      .object({ weight: NonNegative.default(0), penalty: Penalty.default(0) })
      .strict()
      .default({ weight: 0, penalty: 0 }),
    method: z
      .union([
        z.enum(["wsm", "wpm", "topsis", "vikor", "promethee2"]).transform((method) => ({ method })),
        MethodOptions,
      ])
      .pipe(MethodOptions)
      .default({ method: "wsm" }),
    infeasible: z.enum(["rank-last", "exclude", "penalize"]).default("rank-last"),
    infeasiblePenalty: Penalty.default(0.5),
  })
  .strict();
export type Assumptions = z.infer<typeof Assumptions>;
/** Assumptions as a user writes them: every field optional, `method` a name or an object. */
export type AssumptionsInput = z.input<typeof Assumptions>;
