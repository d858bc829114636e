import { z } from "zod";
import { Id, Text } from "./id";

/**
 * A verbatim excerpt from a catalog source. `quote` must appear word for word in the source (white
 * space and typographic quotes may differ). `speaker` names who said the words when the source
 * quotes them directly; `attributedTo` names whose view the source reports in its own words
 * (indirect speech: "Livermore said rampant corruption ... could complicate these efforts"). A
 * quote has at most one of the two; with neither, the words are the source's own.
 */
export const Evidence = z
  .object({
    source: Id,
    quote: z.string().trim().min(12, "a quote shorter than 12 characters is too short to be evidence"),
    speaker: Text.optional(),
    attributedTo: Text.optional(),
  })
  .strict()
  .refine((e) => e.speaker === undefined || e.attributedTo === undefined, {
    message: "a quote is either direct speech (speaker) or reported speech (attributedTo), not both",
    path: ["attributedTo"],
  });
export type Evidence = z.infer<typeof Evidence>;
