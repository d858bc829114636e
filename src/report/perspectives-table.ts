import type { Comparison } from "../comparison/types";
import {
  perspectivePairs,
  type PerspectiveComparison,
  type PerspectivePair,
  type PerspectiveParts,
} from "../scenario/perspectives";
import { formatNumber, rankLabel } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

const feasibleRows = (c: Comparison) => c.rows.filter((r) => r.feasible);

/** The options at rank 1, with the rank ("1 a" or "=1 a, b"); "none feasible" when every option is blocked. */
const top = (c: Comparison | undefined, absent = "no beliefs"): string => {
  if (!c) return absent;
  const first = feasibleRows(c).filter((r) => r.rank === 1);
  if (first.length === 0) return "none feasible";
  return `${rankLabel(first[0]!)} ${first.map((r) => r.option).join(", ")}`;
};

const nth = (c: Comparison, k: number): string => {
  const row = feasibleRows(c)[k];
  return row ? `${rankLabel(row)} ${row.option}` : "";
};

/** "values: a; beliefs: b; both: c", each a top option. */
const parts = (p: PerspectiveParts | undefined): string =>
  p ? `values: ${top(p.values)}; beliefs: ${top(p.beliefs)}; both: ${top(p.both)}` : "argues for none";

/**
 * Who would choose what, and why: one row per perspective with its actor; its top option by its
 * values alone (its weights, the analyst's ratings), by its beliefs alone (its ratings, the default
 * weights), and its first three by both, each with its rank (`=1` marks a tie); and the same three
 * top options under the conditions it argues for. Where only both together choose an option,
 * neither what the actor values nor what it believes explains the choice alone.
 *
 * @example
 * ```ts
 * const t = perspectivesTable(comparePerspectives(builtinCatalog()));
 * t.headers; // ["perspective", "actor", "values only", "beliefs only", "values and beliefs", "2nd", "3rd", "in its conditions"]
 * ```
 */
export const perspectivesTable = (all: readonly PerspectiveComparison[]): Table => ({
  headers: [
    "perspective",
    "actor",
    "values only",
    "beliefs only",
    "values and beliefs",
    "2nd",
    "3rd",
    "in its conditions",
  ],
  rows: all.map((p) => [
    p.perspective,
    p.actor,
    top(p.parts.values),
    top(p.parts.beliefs),
    nth(p.comparison, 0),
    nth(p.comparison, 1),
    nth(p.comparison, 2),
    parts(p.withConditions),
  ]),
});

/**
 * Where the perspectives part, as a table: each pair's Kendall τ-b between their rankings and the
 * options they rank furthest apart (with both ranks); least agreeing first, `top` pairs.
 *
 * @example
 * ```ts
 * perspectivePairsTable(perspectivePairs(comparePerspectives(builtinCatalog()))).headers; // ["pair", "Kendall τ", "ranked furthest apart"]
 * ```
 */
export const perspectivePairsTable = (pairs: readonly PerspectivePair[], top = 6): Table => ({
  headers: ["pair", "Kendall τ", "ranked furthest apart"],
  numeric: [1],
  rows: pairs
    .slice(0, top)
    .map((p) => [
      `${p.a} / ${p.b}`,
      p.kendall === null ? "undefined" : formatNumber(p.kendall),
      p.apart.map((o) => `${o.option} (${o.rankA} / ${o.rankB})`).join(", "),
    ]),
});

/**
 * Renders the per-perspective comparison (`json`: every comparison in full); `text` and `markdown`
 * add the least agreeing pairs of perspectives under the table.
 *
 * @example
 * ```ts
 * renderPerspectives(comparePerspectives(builtinCatalog()), "csv").split("\n")[0]; // "perspective,actor,values only,beliefs only,values and beliefs,2nd,3rd,in its conditions"
 * ```
 */
export const renderPerspectives = (
  all: readonly PerspectiveComparison[],
  format: TableFormat | "json",
): string => {
  if (checkFormat(format, withJson) === "json") return JSON.stringify(all, null, 2) + "\n";
  const table = renderTable(perspectivesTable(all), format as TableFormat);
  if (format === "csv" || all.length < 2) return table;
  const pairs = renderTable(perspectivePairsTable(perspectivePairs(all)), format as TableFormat);
  return `${table}\nWhere they part, least agreeing pairs first (Kendall's τ between their rankings; 1 is the same order):\n\n${pairs}`;
};
