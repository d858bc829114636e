import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, Text } from "./id";
import { PresetState } from "./preset";
import { Condition } from "./requirement";

/** What an actor's belief rests on: its own words (`documented`) or the analyst's reading of them (`inference`). */
export const BeliefBasis = z.enum(["documented", "inference"]);
export type BeliefBasis = z.infer<typeof BeliefBasis>;

/**
 * What an actor expects an option to do on a criterion, in place of the analyst's rating (before
 * the penalties of unmet soft requirements, as a user's override). With `when`, only while that
 * condition on precondition states holds. The evidence is the actor's own words.
 */
export const RatingBelief = z
  .strictObject({
    option: Id,
    criterion: Id,
    when: Condition.optional(),
    value: z.number(),
    interval: z.tuple([z.number(), z.number()]).optional(),
    rationale: Text,
    basis: BeliefBasis,
    evidence: z.array(Evidence).min(1, "a belief needs the actor's words"),
  })
  .refine((b) => !b.interval || (b.interval[0] <= b.value && b.value <= b.interval[1]), {
    message: "expected low <= value <= high",
    path: ["interval"],
  });
export type RatingBelief = z.infer<typeof RatingBelief>;

/** What an actor expects of a risk for an option: its likelihood (0..1) and/or severity (1..5). */
export const RiskBelief = z
  .strictObject({
    risk: Id,
    option: Id,
    when: Condition.optional(),
    likelihood: z.number().min(0).max(1).optional(),
    severity: z.number().min(1).max(5).optional(),
    rationale: Text,
    basis: BeliefBasis,
    evidence: z.array(Evidence).min(1, "a belief needs the actor's words"),
  })
  .refine((b) => b.likelihood !== undefined || b.severity !== undefined, {
    message: "a risk belief sets a likelihood, a severity or both",
  });
export type RiskBelief = z.infer<typeof RiskBelief>;

/** An actor's beliefs: ratings and risks it expects otherwise than the analyst. */
export const Beliefs = z.strictObject({
  ratings: z.array(RatingBelief).default([]),
  risks: z.array(RiskBelief).default([]),
});
export type Beliefs = z.infer<typeof Beliefs>;

/**
 * An actor in the documents: what it values (`weights`, an analyst judgment of its stated emphasis,
 * with the quotes why), what it believes (`beliefs`: ratings and risks where its own words differ
 * from the analyst's) and the precondition states it argues for (`conditions`: its stated ideal
 * conditions). Criteria its weights leave out weigh 0.
 */
export const Perspective = z.strictObject({
  id: Id,
  name: Text,
  actor: Text,
  weights: z.record(Id, z.number().min(0, "expected a weight >= 0")),
  rationale: Text,
  evidence: z.array(Evidence).min(1, "a perspective needs at least one quote"),
  beliefs: Beliefs.default({ ratings: [], risks: [] }),
  conditions: z.record(Id, PresetState).default({}),
});
export type Perspective = z.infer<typeof Perspective>;
