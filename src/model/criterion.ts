import { z } from "zod";
import { Id, Text } from "./id";
import { NonNegative } from "./numbers";

/** Whether more is better (`benefit`) or worse (`cost`). */
export const Direction = z.enum(["benefit", "cost"]);
export type Direction = z.infer<typeof Direction>;

/** The range a criterion's ratings are stated on, and what its ends mean. */
export const Scale = z
  .object({
    min: z.number(),
    max: z.number(),
    low: Text.optional(),
    high: Text.optional(),
  })
  .strict()
  .refine((s) => s.max > s.min, { message: "scale.max must be greater than scale.min" });
export type Scale = z.infer<typeof Scale>;

/**
 * One thing options are judged on. `weight` is its default weight (1 unless given): what a
 * comparison uses when neither a perspective nor the user weighs it.
 */
export const Criterion = z
  .object({
    id: Id,
    name: Text,
    direction: Direction,
    description: Text,
    scale: Scale,
    weight: NonNegative.default(1),
  })
  .strict();
export type Criterion = z.infer<typeof Criterion>;
