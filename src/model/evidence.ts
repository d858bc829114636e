import { z } from "zod";
import { Id, Text } from "./id";

/**
 * A verbatim excerpt from a catalog source. `quote` must appear word for word in the source (white
 * space, curly quotes and dashes may be folded); `speaker` is who said it, when the source quotes someone.
 */
export const Evidence = z.object({
  source: Id,
  quote: z.string().trim().min(12, "a quote shorter than 12 characters is too short to be evidence"),
  speaker: Text.optional(),
});
export type Evidence = z.infer<typeof Evidence>;
