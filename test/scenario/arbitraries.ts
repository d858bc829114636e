// Scenario arbitraries for the library's own tests, built on the public testing kit.
import { fc } from "@fast-check/vitest";
import { builtinCatalog, type AssumptionsInput, type Catalog } from "../../src/index";
import { assumptionsFor, criterionWeights, preconditionStates } from "../../src/testing/index";

/** Any precondition states of a catalog. */
export const statesArb = (catalog: Catalog = builtinCatalog()) => preconditionStates(catalog);

/** Weights for every criterion of a catalog, some > 0. */
export const weightsArb = (catalog: Catalog = builtinCatalog()) => criterionWeights(catalog);

/** Valid assumptions for a catalog, with any method and either way of ranking blocked options. */
export const assumptionsArb = (catalog: Catalog = builtinCatalog()): fc.Arbitrary<AssumptionsInput> =>
  fc
    .tuple(
      assumptionsFor(catalog, { methods: true }),
      fc.constantFrom("rank-last" as const, "penalize" as const),
    )
    .map(([a, infeasible]) => ({ ...a, infeasible }));
