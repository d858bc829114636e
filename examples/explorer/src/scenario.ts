import * as E from "fp-ts/lib/Either.js";
import { either, type AssumptionsInput, type Catalog } from "policy-matrix";

/** The explorer's scenario: what the user set, in the same shape as the CLI's scenario files. */
export type Scenario = AssumptionsInput;

/** Checks a scenario against the schema and the catalog; the error names the place. */
export const checkScenario = (catalog: Catalog, data: unknown): E.Either<string, Scenario> => {
  // The data comes from a file or a link: the library checks it, whatever its type says.
  const resolved = either.resolveAssumptions(catalog, data as AssumptionsInput);
  return E.isLeft(resolved) ? E.left(resolved.left.message) : E.right(data as Scenario);
};

/** Parses scenario text (JSON) and checks it. */
export const parseScenario = (catalog: Catalog, text: string): E.Either<string, Scenario> => {
  try {
    return checkScenario(catalog, JSON.parse(text));
  } catch (error) {
    return E.left(`assumptions: malformed JSON (${(error as Error).message})`);
  }
};

/** Bytes to a binary string one by one (a spread into fromCharCode overflows the stack for long scenarios). */
const binary = (bytes: Uint8Array) => {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
};
const toBase64Url = (text: string) =>
  btoa(binary(new TextEncoder().encode(text)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const fromBase64Url = (text: string) =>
  new TextDecoder().decode(
    Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)),
  );

/** The scenario as a URL fragment, so that a link reproduces it. */
export const toHash = (scenario: Scenario): string => `#s=${toBase64Url(JSON.stringify(scenario))}`;

/** The scenario in a URL fragment, if any (checked like an imported file). */
export const fromHash = (catalog: Catalog, hash: string): E.Either<string, Scenario> | undefined => {
  const m = /^#s=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return undefined;
  try {
    return parseScenario(catalog, fromBase64Url(m[1]!));
  } catch {
    return E.left("the link's scenario could not be read");
  }
};
