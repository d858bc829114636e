// The checks of any catalog, run on one read from sheets, with every error named by its cell.
import * as E from "fp-ts/lib/Either.js";
import { fromZodError, PolicyMatrixError, type ErrorIssue } from "../errors";
import { deepFreeze } from "../freeze";
import { Catalog } from "../model/catalog";
import { catalogReferenceIssues } from "../model/catalog-references";
import { namedPath } from "../model/named-path";
import type { CellReader } from "./cells";
import { SHEETS } from "./layout";

/** Paths of an issue from the most precise to the least: `a.b[2].c`, `a.b[2]`, `a.b`, `a`. */
const prefixes = (path: string): string[] => {
  const out = [path];
  let p = path;
  for (;;) {
    const m = /(\.[^.[]+|\[[^\]]*\])$/.exec(p);
    if (!m || m.index === 0) break;
    p = p.slice(0, m.index);
    out.push(p);
  }
  return out;
};

/**
 * The issues of a built catalog (its shape, then its cross-references) named by cell: each path is
 * looked up, most precise first, among the places the reader recorded (by index and by name).
 */
export const checkedCatalog = (
  r: CellReader,
  input: Record<string, unknown>,
  labels: ReadonlyMap<string, string>,
): E.Either<PolicyMatrixError, Catalog> => {
  const places = new Map(r.places);
  for (const [path, at] of r.places) {
    const named = namedPath(input, path, "catalog");
    if (!places.has(named)) places.set(named, at);
  }
  for (const s of SHEETS)
    if (!places.has(`catalog.${s.name}`)) places.set(`catalog.${s.name}`, labels.get(s.name) ?? s.name);
  const at = (path: string): string => {
    for (const p of prefixes(path)) {
      const found = places.get(p);
      if (found !== undefined) return found;
    }
    return labels.get("catalog") ?? "catalog";
  };
  const cellIssues = r.issues;
  const flagged = new Set(cellIssues.map((i) => i.path));
  const named = (issues: readonly ErrorIssue[]): ErrorIssue[] => {
    const out: ErrorIssue[] = [];
    for (const issue of issues) {
      // A rating off its scale is reported for the whole rating: its value's cell is where to look.
      const where = /^expected values on the scale/.test(issue.message)
        ? at(`${issue.path}.value`)
        : at(issue.path);
      if (flagged.has(where)) continue;
      out.push({ path: where, message: issue.message });
    }
    return out;
  };
  const parsed = Catalog.safeParse(input);
  const found = parsed.success
    ? named(catalogReferenceIssues(parsed.data).map((i) => ({ ...i, path: `catalog.${i.path}` })))
    : named(fromZodError("invalid-catalog", "catalog", parsed.error).issues);
  const all = [...cellIssues, ...found];
  const unique = all.filter(
    (x, k) => all.findIndex((y) => y.path === x.path && y.message === x.message) === k,
  );
  if (unique.length > 0 || !parsed.success) return E.left(new PolicyMatrixError("invalid-catalog", unique));
  return E.right(deepFreeze(parsed.data));
};
