import * as E from "fp-ts/lib/Either.js";
import { fromZodError, orThrow, PolicyMatrixError, type ErrorIssue } from "../errors";
import { namedPath } from "./named-path";
import { deepFreeze } from "../freeze";
import { Catalog } from "./catalog";
import { catalogReferenceIssues } from "./catalog-references";
import { parseJsonText } from "./json";
import { MAX_DEPTH, tooDeep } from "./depth";

/**
 * Validates a catalog (its shape, then every cross-reference) and returns it frozen, with
 * defaults filled in. Errors name the place, items by id:
 * `catalog.options[sof-raids].ratings.cost: unknown criterion 'cost'`.
 */
export const parseCatalog = (input: unknown): E.Either<PolicyMatrixError, Catalog> => {
  const deep = tooDeep(input, "catalog");
  if (deep !== undefined) {
    return E.left(
      new PolicyMatrixError("invalid-catalog", [
        { path: deep, message: `nested deeper than ${MAX_DEPTH} levels` },
      ]),
    );
  }
  // Items are named by id in the paths (options[sof-raids]), as a person finds them in the file.
  const named = (issues: readonly ErrorIssue[]) =>
    E.left(
      new PolicyMatrixError(
        "invalid-catalog",
        issues.map((issue) => ({ ...issue, path: namedPath(input, issue.path, "catalog") })),
      ),
    );
  const parsed = Catalog.safeParse(input);
  if (!parsed.success) return named(fromZodError("invalid-catalog", "catalog", parsed.error).issues);
  const issues = catalogReferenceIssues(parsed.data);
  if (issues.length > 0) return named(issues.map((issue) => ({ ...issue, path: `catalog.${issue.path}` })));
  return E.right(deepFreeze(parsed.data));
};

/** Parses JSON text and validates it as a catalog. */
export const parseCatalogJson = (text: string): E.Either<PolicyMatrixError, Catalog> =>
  typeof text !== "string"
    ? E.left(
        new PolicyMatrixError("invalid-input", [
          { path: "text", message: `expected JSON text, got ${typeof text}` },
        ]),
      )
    : E.chain(parseCatalog)(parseJsonText(text, "catalog"));

/**
 * Validates a catalog built in code or read from JSON (its shape and every cross-reference) and
 * returns it frozen, with defaults filled in. Throws `PolicyMatrixError` naming the place.
 *
 * @example
 * ```ts
 * const broken = { ...builtinCatalog(), options: [{ ...builtinCatalog().options[0], id: "Bad Id" }] };
 * loadCatalog(broken); // throws "catalog.options[0].id: expected an id"
 * ```
 */
export const loadCatalog = (input: unknown): Catalog => orThrow(parseCatalog(input));

/**
 * Parses JSON text and validates it as a catalog; throws `PolicyMatrixError` on malformed JSON too.
 *
 * @example
 * ```ts
 * loadCatalogJson(JSON.stringify(builtinCatalog())).options.length; // 16
 * ```
 */
export const loadCatalogJson = (text: string): Catalog => orThrow(parseCatalogJson(text));
