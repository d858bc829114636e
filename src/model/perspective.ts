import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, Text } from "./id";

/** A named weight profile: how an actor in the documents would weigh the criteria, and the quotes why. */
export const Perspective = z.object({
  id: Id,
  name: Text,
  actor: Text,
  weights: z.record(Id, z.number().min(0, "expected a weight >= 0")),
  rationale: Text,
  evidence: z.array(Evidence).min(1, "a perspective needs at least one quote"),
});
export type Perspective = z.infer<typeof Perspective>;
