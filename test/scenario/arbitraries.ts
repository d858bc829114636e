import { fc } from "@fast-check/vitest";
import { builtinCatalog, methodNames, type AssumptionsInput, type Catalog } from "../../src/index";

/** Any precondition states of a catalog. */
export const statesArb = (catalog: Catalog = builtinCatalog()) =>
  fc.record(
    Object.fromEntries(
      catalog.preconditions.map((p) => [p.id, fc.constantFrom(...p.states.map((s) => s.id))]),
    ),
  );

/** Weights for every criterion of a catalog, some > 0. */
export const weightsArb = (catalog: Catalog = builtinCatalog()) =>
  fc
    .record(
      Object.fromEntries(catalog.criteria.map((c) => [c.id, fc.double({ min: 0, max: 10, noNaN: true })])),
    )
    .filter((w) => Object.values(w).some((x) => x > 1e-6));

/** Valid assumptions for a catalog: a preset or not, a perspective or not, states, weights, a method. */
export const assumptionsArb = (catalog: Catalog = builtinCatalog()): fc.Arbitrary<AssumptionsInput> =>
  fc.record(
    {
      preset: fc.constantFrom(...catalog.presets.map((p) => p.id)),
      perspective: fc.constantFrom(...catalog.perspectives.map((p) => p.id)),
      preconditions: statesArb(catalog),
      weights: weightsArb(catalog),
      method: fc.constantFrom(...methodNames),
      infeasible: fc.constantFrom("rank-last" as const, "penalize" as const),
    },
    { requiredKeys: [] },
  );
