import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, IsoDate, Text } from "./id";

/** A precondition's state in a preset, why, and the quotes that show it. */
export const PresetState = z.strictObject({
  state: Id,
  rationale: Text,
  evidence: z.array(Evidence).min(1, "every state a preset sets needs a quote"),
});
export type PresetState = z.infer<typeof PresetState>;

/**
 * The documented state of the world on a date: a state for every precondition, each with its
 * evidence. A scenario can start from a preset (`preset: "2025-08"`) and change what it likes.
 */
export const Preset = z.strictObject({
  id: Id,
  name: Text,
  date: IsoDate,
  description: Text,
  states: z.record(Id, PresetState),
});
export type Preset = z.infer<typeof Preset>;
