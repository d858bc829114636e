import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, Text } from "./id";

/** Holds when the precondition's state is one of `states`. */
export const StateIn = z.strictObject({
  op: z.literal("in"),
  precondition: Id,
  states: z.array(Id).min(1, "name at least one state"),
});
export type StateIn = z.infer<typeof StateIn>;

/**
 * A condition on precondition states, as plain JSON: `in` (a precondition is in one of some
 * states), `all`, `any` and `not`. `all` of nothing holds; `any` of nothing does not.
 */
export type Condition =
  | StateIn
  | { readonly op: "all"; readonly of: readonly Condition[] }
  | { readonly op: "any"; readonly of: readonly Condition[] }
  | { readonly op: "not"; readonly of: Condition };

/**
 * The schema of `Condition`. The one hand-written type: zod cannot infer a recursive union, so the
 * schema is annotated with it.
 */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("op", [
    StateIn,
    z.strictObject({ op: z.literal("all"), of: z.array(Condition) }),
    z.strictObject({ op: z.literal("any"), of: z.array(Condition) }),
    z.strictObject({ op: z.literal("not"), of: Condition }),
  ]),
);

/** What follows when a soft requirement is unmet: ratings move toward worse, risks become likelier. */
export const Consequences = z.strictObject({
  /** Moves the rating this many scale units toward the worse end (clamped to the scale). */
  penalties: z.array(z.strictObject({ criterion: Id, worsen: z.number().positive() })).default([]),
  /** Adds this much (probability points, may be negative) to the risk's likelihood (clamped to [0, 1]). */
  risks: z.array(z.strictObject({ risk: Id, likelihood: z.number().min(-1).max(1) })).default([]),
});
export type Consequences = z.infer<typeof Consequences>;

/**
 * A requirement an option has: a condition that should hold. Unmet and `hard`, it blocks the
 * option; unmet and `soft`, the option stays and the consequences follow.
 */
export const Requirement = z
  .object({
    id: Id,
    description: Text,
    condition: Condition,
    severity: z.enum(["hard", "soft"]),
    consequences: Consequences.default({ penalties: [], risks: [] }),
    rationale: Text,
    evidence: z.array(Evidence).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.severity === "hard" && (r.consequences.penalties.length > 0 || r.consequences.risks.length > 0)) {
      ctx.addIssue({
        code: "custom",
        path: ["consequences"],
        message: "a hard requirement blocks the option; consequences belong to soft requirements",
      });
    }
  });
export type Requirement = z.infer<typeof Requirement>;
