import { produce } from "immer";
import * as E from "fp-ts/lib/Either.js";
import { builtinCatalog, either, type CatalogInput, type PolicyMatrixError } from "../src/index";

/** A mutable deep copy of the built-in catalog, edited by `recipe`. */
export const editedCatalog = (recipe: (draft: CatalogInput) => void): CatalogInput =>
  produce(structuredClone(builtinCatalog()) as CatalogInput, recipe);

/** The error of a catalog that must not load. */
export const loadError = (input: unknown): PolicyMatrixError => {
  const result = either.loadCatalog(input);
  if (E.isRight(result)) throw new Error("expected the catalog to be rejected");
  return result.left;
};

/** The paths an error names. */
export const pathsOf = (error: PolicyMatrixError): string[] => error.issues.map((i) => i.path);
