import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, IsoDate, Text } from "./id";

/** One state a precondition can be in. */
export const PreconditionState = z.strictObject({ id: Id, label: Text, description: Text.optional() });
export type PreconditionState = z.infer<typeof PreconditionState>;

/** The state a source documents for a precondition on a date, with the quotes that show it. */
export const DocumentedState = z.strictObject({
  source: Id,
  date: IsoDate,
  state: Id,
  rationale: Text,
  evidence: z.array(Evidence).min(1, "a documented state needs at least one quote"),
});
export type DocumentedState = z.infer<typeof DocumentedState>;

/** A fact of the world that options depend on (Mexican consent, an AUMF, ...). */
export const Precondition = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  states: z.array(PreconditionState).min(2, "a precondition needs at least two states"),
  documented: z.array(DocumentedState).min(1, "a precondition needs at least one documented state"),
});
export type Precondition = z.infer<typeof Precondition>;
