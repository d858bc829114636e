import { z } from "zod";
import { Evidence } from "./evidence";
import { Text } from "./id";
import { Condition } from "./requirement";

/**
 * What a rating rests on: `documented` (a quote that, read in its paragraph, supports this value),
 * `inference` (the analyst's reading of the documents, with the quotes it rests on) or
 * `background` (knowledge from outside the documents, said so in the rationale).
 */
export const Basis = z.enum(["documented", "inference", "background"]);
export type Basis = z.infer<typeof Basis>;

const fields = {
  value: z.number(),
  interval: z.tuple([z.number(), z.number()]).optional(),
  rationale: Text,
  basis: Basis,
  evidence: z.array(Evidence).default([]),
};

type Fields = { value: number; interval?: [number, number] | undefined; basis: Basis; evidence: unknown[] };

const checked = (r: Fields, ctx: z.RefinementCtx) => {
  if (r.interval && !(r.interval[0] <= r.value && r.value <= r.interval[1])) {
    ctx.addIssue({
      code: "custom",
      path: ["interval"],
      message: `expected low <= value <= high, got [${r.interval[0]}, ${r.interval[1]}] around ${r.value}`,
    });
  }
  if (r.basis !== "background" && r.evidence.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["evidence"],
      message: `a rating whose basis is '${r.basis}' needs the quotes it rests on`,
    });
  }
};

/** A rating that replaces the option's usual one while a condition on precondition states holds. */
export const RatingCase = z
  .object({ when: Condition, ...fields })
  .strict()
  .superRefine(checked);
export type RatingCase = z.infer<typeof RatingCase>;

/**
 * A value on the criterion's scale, an optional interval [low, high] around it, the written
 * rationale, its basis and the evidence it rests on. `cases` rate the option differently under
 * other precondition states (the first whose `when` holds applies): a strike without Mexico's
 * approval does not do to the partnership what an approved one does. The documents describe
 * options; they do not score them: every number is the analyst's, and `basis` says on what.
 */
export const Rating = z
  .object({ ...fields, cases: z.array(RatingCase).default([]) })
  .strict()
  .superRefine(checked);
export type Rating = z.infer<typeof Rating>;
