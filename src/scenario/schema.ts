import { z } from "zod";
import { Assumptions } from "../model/assumptions";

/**
 * The JSON Schema (draft 2020-12) of assumptions and scenario files, generated from the zod schema,
 * so that editors can validate and complete scenario files.
 *
 * @example
 * ```ts
 * const schema = assumptionsJsonSchema();
 * schema.additionalProperties; // false
 * Object.keys(schema.properties).includes("preset"); // true
 * ```
 */
export const assumptionsJsonSchema = (): Record<string, unknown> & {
  properties: Record<string, unknown>;
} => {
  const schema = z.toJSONSchema(Assumptions, { io: "input" }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
  };
  return {
    ...schema,
    title: "policy-matrix assumptions (scenario file)",
    description:
      "Assumptions for a comparison: a preset and/or perspective to start from, precondition states, weights, rating and risk overrides, the method.",
  };
};
