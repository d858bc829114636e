import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, Text } from "./id";
import { Condition } from "./requirement";

/** How likely a risk is for one option (0..1) and how bad it would be (1..5), and why. */
export const RiskExposure = z.strictObject({
  option: Id,
  likelihood: z.number().min(0).max(1),
  severity: z.number().min(1).max(5),
  rationale: Text,
});
export type RiskExposure = z.infer<typeof RiskExposure>;

/** A condition that raises (positive) or lowers (negative) the risk's likelihood, for some options or all. */
export const RiskModifier = z.strictObject({
  when: Condition,
  options: z.array(Id).optional(),
  likelihood: z.number().min(-1).max(1),
  rationale: Text,
  evidence: z.array(Evidence).default([]),
});
export type RiskModifier = z.infer<typeof RiskModifier>;

/** A risk the documents state, the options it attaches to, and what changes it. */
export const Risk = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  evidence: z.array(Evidence).min(1, "a stated risk needs at least one quote"),
  exposures: z.array(RiskExposure).min(1, "a risk attaches to at least one option"),
  modifiers: z.array(RiskModifier).default([]),
});
export type Risk = z.infer<typeof Risk>;
