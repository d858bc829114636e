import * as E from "fp-ts/lib/Either.js";
import type { z } from "zod";

/** One problem in the input, with the exact place it stands (`assumptions.weights.cost`). */
export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
}

/** What kind of input was wrong. */
export type ErrorCode =
  | "invalid-catalog"
  | "invalid-assumptions"
  | "invalid-input"
  | "invalid-json"
  | "cancelled"
  | "missing-dependency";

/** Marks the library's errors, whichever copy of the class made them (see `PolicyMatrixError`). */
const BRAND = Symbol.for("policy-matrix.PolicyMatrixError");

/** Whether a value carries a mark (set with `mark`): `instanceof` for classes with several copies. */
export const hasMark = (value: unknown, brand: symbol): boolean =>
  typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;

/** Sets a mark on a new instance (not enumerable: JSON and spreads do not see it). */
export const mark = (instance: object, brand: symbol): void => {
  Object.defineProperty(instance, brand, { value: true });
};

/**
 * The one error type of the library. `message` is one readable line naming the first place at
 * fault; `issues` lists every place.
 *
 * `instanceof PolicyMatrixError` holds for the library's errors whichever entry point or format
 * threw them: an error from `policy-matrix/parallel`, or from the CommonJS build when the ESM one is
 * also loaded (two copies of the package), is recognised by its mark, not by its prototype.
 *
 * @example
 * ```ts
 * const err = new PolicyMatrixError("invalid-input", [{ path: "weights[0]", message: "expected a number >= 0, got -1" }]);
 * err.message; // "weights[0]: expected a number >= 0, got -1"
 * ```
 */
export class PolicyMatrixError extends Error {
  override readonly name = "PolicyMatrixError";
  readonly code: ErrorCode;
  readonly issues: readonly ErrorIssue[];

  /** Recognises the library's errors by their mark, so that every copy of the class agrees. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasMark(value, BRAND);
  }

  constructor(code: ErrorCode, issues: readonly ErrorIssue[]) {
    const first = issues[0];
    const head = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : code;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(head + more);
    this.code = code;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
    mark(this, BRAND);
  }
}

/** Joins a path as `a.b[2].c`, prefixed by `root` when given. */
export const formatPath = (root: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    const name = String(key);
    return acc === "" ? name : `${acc}.${name}`;
  }, root);

/**
 * The issue that says what is wrong: a record's bad key says why the key is bad, and of a union's
 * alternatives the one that got further than the kind of value (a misspelt method name says what
 * the names are, not that it is not an object).
 */
const telling = (issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } => {
  if (issue.code === "invalid_key" && issue.issues[0]) {
    return { path: issue.path, message: telling(issue.issues[0]).message };
  }
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const branch = issue.errors.find((b) => b[0] && b[0].code !== "invalid_type") ?? issue.errors[0]!;
    if (branch[0]) {
      const inner = telling(branch[0]);
      return { path: [...issue.path, ...inner.path], message: inner.message };
    }
  }
  if (issue.code === "unrecognized_keys") {
    return {
      path: issue.path,
      message: `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`,
    };
  }
  // zod's own wording, in the library's: "expected number, got string" rather than
  // "Invalid input: expected number, received string".
  const message = issue.message.replace(/^Invalid (input|option): /, "").replace(/, received /, ", got ");
  // A value not among the allowed ones is echoed, as every other error does (when the parse reports inputs).
  const got =
    issue.code === "invalid_value" && "input" in issue && issue.input !== undefined
      ? `, got ${JSON.stringify(issue.input)}`
      : "";
  return { path: issue.path, message: message + got };
};

/** Turns zod's issues into ours, each with its full path under `root`. */
export const fromZodError = (code: ErrorCode, root: string, error: z.ZodError): PolicyMatrixError =>
  new PolicyMatrixError(
    code,
    error.issues.map((issue) => {
      const { path, message } = telling(issue);
      return { path: formatPath(root, path), message };
    }),
  );

/** A failed result with one issue. */
export const fail = <A = never>(
  code: ErrorCode,
  path: string,
  message: string,
): E.Either<PolicyMatrixError, A> => E.left(new PolicyMatrixError(code, [{ path, message }]));

/** Unwraps an Either, throwing its PolicyMatrixError: the throwing twin of every `either.*` function. */
export const orThrow = <A>(result: E.Either<PolicyMatrixError, A>): A => {
  if (E.isLeft(result)) throw result.left;
  return result.right;
};
