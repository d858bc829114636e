import { z } from "zod";
import { Evidence } from "./evidence";
import { Text } from "./id";

/**
 * A value on the criterion's scale, an optional interval [low, high] around it, the written
 * rationale, the evidence it rests on, and whether it is an analyst's judgment (true for every
 * rating in the built-in catalog: the documents describe options, they do not score them).
 */
export const Rating = z
  .object({
    value: z.number(),
    interval: z.tuple([z.number(), z.number()]).optional(),
    rationale: Text,
    evidence: z.array(Evidence).default([]),
    analystJudgment: z.boolean(),
  })
  .superRefine((r, ctx) => {
    if (r.interval && !(r.interval[0] <= r.value && r.value <= r.interval[1])) {
      ctx.addIssue({
        code: "custom",
        path: ["interval"],
        message: `expected low <= value <= high, got [${r.interval[0]}, ${r.interval[1]}] around ${r.value}`,
      });
    }
    if (!r.analystJudgment && r.evidence.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["evidence"],
        message: "a rating that is not an analyst judgment needs evidence",
      });
    }
  });
export type Rating = z.infer<typeof Rating>;
