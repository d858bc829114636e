import * as E from "fp-ts/lib/Either.js";
import { fromZodError, PolicyMatrixError } from "../errors";
import { deepFreeze } from "../freeze";
import { Catalog } from "./catalog";
import { catalogReferenceIssues } from "./catalog-references";

/**
 * Validates a catalog (its shape, then every cross-reference) and returns it frozen, with
 * defaults filled in. Errors name the place: `catalog.options[2].ratings.cost: unknown criterion 'cost'`.
 */
export const parseCatalog = (input: unknown): E.Either<PolicyMatrixError, Catalog> => {
  const parsed = Catalog.safeParse(input);
  if (!parsed.success) return E.left(fromZodError("invalid-catalog", "catalog", parsed.error));
  const issues = catalogReferenceIssues(parsed.data);
  if (issues.length > 0) {
    return E.left(
      new PolicyMatrixError(
        "invalid-catalog",
        issues.map((issue) => ({ ...issue, path: `catalog.${issue.path}` })),
      ),
    );
  }
  return E.right(deepFreeze(parsed.data));
};

/** Parses JSON text and validates it as a catalog. */
export const parseCatalogJson = (text: string): E.Either<PolicyMatrixError, Catalog> => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return E.left(
      new PolicyMatrixError("invalid-json", [{ path: "catalog", message: `malformed JSON: ${reason}` }]),
    );
  }
  return parseCatalog(data);
};
