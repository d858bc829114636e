import { z } from "zod";
import { MethodOptions } from "../methods/method-options";
import { Id } from "./id";
import { NonNegative } from "./numbers";

/**
 * What a user assumes for a comparison. Everything is optional and merges over the defaults:
 * precondition states over the latest documented states, weights over equal weights (1 each),
 * the weighted sum as method. `infeasible` says what happens to blocked options: ranked after
 * every feasible one (`rank-last`, default) or left out (`exclude`). Unknown keys are errors.
 */
export const Assumptions = z
  .object({
    preconditions: z.record(Id, Id).default({}),
    weights: z.record(Id, NonNegative).default({}),
    method: z
      .union([
        z.enum(["wsm", "wpm", "topsis", "vikor", "promethee2"]).transform((method) => ({ method })),
        MethodOptions,
      ])
      .pipe(MethodOptions)
      .default({ method: "wsm" }),
    infeasible: z.enum(["rank-last", "exclude"]).default("rank-last"),
  })
  .strict();
export type Assumptions = z.infer<typeof Assumptions>;
/** Assumptions as a user writes them: every field optional, `method` a name or an object. */
export type AssumptionsInput = z.input<typeof Assumptions>;
