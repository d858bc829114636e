// The library's own tests draw their problems from the public testing kit, so the kit is
// exercised on every run.
import type { fc } from "@fast-check/vitest";
import type { DecisionProblem, MethodOptions } from "../../src/index";
import { decisionProblems, methods } from "../../src/testing/index";

export type Direction = "benefit" | "cost";

/** Decision problems of 1..8 options (or `rows`) and 1..5 criteria, values in [0.5, 100]. */
export const problemArb = (
  rows: { min: number; max: number } = { min: 1, max: 8 },
): fc.Arbitrary<DecisionProblem> => decisionProblems({ rows });

/** Every method, with the normalizations it takes. */
export const methodArb: fc.Arbitrary<MethodOptions> = methods();
