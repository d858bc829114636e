import * as E from "fp-ts/lib/Either.js";
import { z } from "zod";
import { fromZodError, type PolicyMatrixError } from "../errors";
import { NonNegative } from "../model/numbers";

const NormalizationName = z.enum(["min-max", "vector", "sum", "max"]);
const Bounds = z.array(z.tuple([z.number(), z.number()]));
const PreferenceName = z.enum(["usual", "u-shape", "v-shape", "level", "linear", "gaussian"]);
const perCriterion = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);

/**
 * Which method scores a matrix, with its parameters. Defaults: `wsm` with `min-max`, `topsis` with
 * `vector`, `vikor` with v = 0.5, `promethee2` with the usual preference function.
 */
export const MethodOptions = z.discriminatedUnion("method", [
  z.strictObject({
    method: z.literal("wsm"),
    normalization: NormalizationName.optional(),
    bounds: Bounds.optional(),
  }),
  z.strictObject({ method: z.literal("wpm") }),
  z.strictObject({
    method: z.literal("topsis"),
    normalization: NormalizationName.optional(),
    bounds: Bounds.optional(),
  }),
  z.strictObject({ method: z.literal("vikor"), v: z.number().min(0).max(1).optional() }),
  z.strictObject({
    method: z.literal("promethee2"),
    preference: perCriterion(PreferenceName).optional(),
    q: perCriterion(NonNegative).optional(),
    p: perCriterion(NonNegative).optional(),
    s: perCriterion(NonNegative).optional(),
  }),
]);
export type MethodOptions = z.infer<typeof MethodOptions>;
/** The name of a scoring method. */
export type MethodName = MethodOptions["method"];

/** Every method, in a stable order. */
export const methodNames: readonly MethodName[] = ["wsm", "wpm", "topsis", "vikor", "promethee2"];

/** Validates method options, with errors under `path` (`method.v: ...`). */
export const parseMethod = (input: unknown, path = "method"): E.Either<PolicyMatrixError, MethodOptions> => {
  const parsed = MethodOptions.safeParse(input);
  return parsed.success ? E.right(parsed.data) : E.left(fromZodError("invalid-input", path, parsed.error));
};
