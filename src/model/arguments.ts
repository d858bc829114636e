import * as E from "fp-ts/lib/Either.js";
import { fail, type ErrorCode, type PolicyMatrixError } from "../errors";
import type { Catalog } from "./catalog";

const shown = (x: unknown): string =>
  x === null ? "null" : Array.isArray(x) ? "an array" : typeof x === "object" ? "an object" : typeof x;

/** What an assumptions argument is, in the message when it is something else. */
export const ASSUMPTIONS_OBJECT = "an assumptions object ({} for the defaults)";

/** A plain object (not null, not an array). */
export const isRecord = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === "object" && !Array.isArray(x);

/**
 * The catalog argument of a function, checked for the parts every function reads: a Left naming it
 * when it is not a catalog (null, a number, some other object) rather than a TypeError further in.
 */
export const catalogArgument = (catalog: unknown, path = "catalog"): E.Either<PolicyMatrixError, Catalog> => {
  const parts = [
    "sources",
    "criteria",
    "preconditions",
    "risks",
    "options",
    "perspectives",
    "presets",
  ] as const;
  if (isRecord(catalog) && parts.every((k) => Array.isArray(catalog[k])))
    return E.right(catalog as unknown as Catalog);
  return fail(
    "invalid-input",
    path,
    `expected a catalog (from builtinCatalog, loadCatalog or loadCatalogJson), got ${shown(catalog)}`,
  );
};

/** An optional argument that must be a plain object when given (options, controls, bars). */
export const objectArgument = <T>(
  value: T | undefined,
  path: string,
  what: string,
  code: ErrorCode = "invalid-input",
): E.Either<PolicyMatrixError, T | undefined> =>
  value === undefined || isRecord(value)
    ? E.right(value)
    : fail(code, path, `expected ${what}, got ${shown(value)}`);
