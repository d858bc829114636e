// The checks of any catalog, run on one read from sheets, with every error named by its cell.
import * as E from "fp-ts/lib/Either.js";
import { fromZodError, PolicyMatrixError, type ErrorIssue } from "../errors";
import { deepFreeze } from "../freeze";
import { Catalog } from "../model/catalog";
import { catalogReferenceIssues } from "../model/catalog-references";
import { evidenceIn } from "../model/evidence-walk";
import { namedPath } from "../model/named-path";
import { evidenceMisses, type EvidenceMiss } from "../model/verify-evidence";
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

/** The texts of the sources quotes are checked against: by source id, or a function of the source. */
export type SourceTexts =
  | Readonly<Record<string, string>>
  | ((source: { readonly id: string; readonly file?: string }) => string | undefined);

/** Where a list filled from another sheet is found wanting: that sheet is where to add rows. */
const FILLED_FROM: readonly [RegExp, string][] = [
  [/^catalog\.preconditions\[[^\]]+\]\.states$/, "states"],
  [/^catalog\.preconditions\[[^\]]+\]\.documented$/, "documented"],
  [/^catalog\.risks\[[^\]]+\]\.exposures$/, "exposures"],
  [/^catalog\.options\[[^\]]+\]\.ratings$/, "ratings"],
  [/^catalog\.presets\[[^\]]+\]\.states$/, "preset states"],
];

const missText = (m: EvidenceMiss): string =>
  m.reason === "no-text"
    ? `no text given for source '${m.source}', so the quote cannot be checked`
    : m.reason === "other-source"
      ? `the quote is not in source '${m.source}' but in '${m.foundIn}'`
      : `the quote is not word for word in source '${m.source}'; its closest passage: "${m.closest ?? ""}"`;

/** Each quote of the catalog being read that is not verbatim in its source's text, by cell. */
const quoteIssues = (
  input: Record<string, unknown>,
  sources: SourceTexts,
): { path: string; message: string }[] => {
  const list = Array.isArray(input.sources) ? (input.sources as Record<string, unknown>[]) : [];
  const texts: Record<string, string> = {};
  for (const s of list) {
    if (typeof s.id !== "string") continue;
    const text =
      typeof sources === "function"
        ? sources({ id: s.id, ...(typeof s.file === "string" && { file: s.file }) })
        : Object.hasOwn(sources, s.id)
          ? sources[s.id]
          : undefined;
    if (typeof text === "string") texts[s.id] = text;
  }
  return evidenceMisses(evidenceIn(input, "catalog"), texts).map((m) => ({
    path: `${m.path}.quote`,
    message: missText(m),
  }));
};

/**
 * The issues of a built catalog (its shape, then its cross-references) named by cell: each path is
 * looked up, most precise first, among the places the reader recorded (by index and by name).
 */
export const checkedCatalog = (
  r: CellReader,
  input: Record<string, unknown>,
  labels: ReadonlyMap<string, string>,
  sources?: SourceTexts,
): E.Either<PolicyMatrixError, Catalog> => {
  // The places by name too (`options[sof-raids]` as well as `options[14]`), built only when an
  // issue is to be named: a workbook without problems never needs them.
  let places: Map<string, string> | undefined;
  const allPlaces = (): Map<string, string> => {
    if (places) return places;
    places = new Map(r.places);
    for (const [path, at] of r.places) {
      const named = namedPath(input, path, "catalog");
      if (!places.has(named)) places.set(named, at);
    }
    for (const s of SHEETS)
      if (!places.has(`catalog.${s.name}`)) places.set(`catalog.${s.name}`, labels.get(s.name) ?? s.name);
    return places;
  };
  const at = (path: string): string => {
    const places = allPlaces();
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
      const sheet = FILLED_FROM.find(([pattern]) => pattern.test(issue.path))?.[1];
      out.push({
        path: where,
        message: sheet ? `${issue.message} (rows on the '${sheet}' sheet)` : issue.message,
      });
    }
    return out;
  };
  const parsed = Catalog.safeParse(input);
  const found = parsed.success
    ? named(catalogReferenceIssues(parsed.data).map((i) => ({ ...i, path: `catalog.${i.path}` })))
    : named(fromZodError("invalid-catalog", "catalog", parsed.error).issues);
  // Quotes are checked whatever else is wrong, so that one pass says all it can.
  const quotes = sources === undefined ? [] : named(quoteIssues(input, sources));
  const all = [...cellIssues, ...found, ...quotes];
  const unique = all.filter(
    (x, k) => all.findIndex((y) => y.path === x.path && y.message === x.message) === k,
  );
  if (unique.length > 0 || !parsed.success) return E.left(new PolicyMatrixError("invalid-catalog", unique));
  return E.right(deepFreeze(parsed.data));
};
