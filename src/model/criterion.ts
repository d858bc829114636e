import { z } from "zod";
import { Id, Text } from "./id";

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
  .refine((s) => s.max > s.min, { message: "scale.max must be greater than scale.min" });
export type Scale = z.infer<typeof Scale>;

/** One thing options are judged on. */
export const Criterion = z.object({
  id: Id,
  name: Text,
  direction: Direction,
  description: Text,
  scale: Scale,
});
export type Criterion = z.infer<typeof Criterion>;
