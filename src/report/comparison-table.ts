import type { Comparison } from "../comparison/types";
import { renderTable, type Table, type TableFormat } from "./table";

/**
 * Fixed-precision number formatting used by every report, so outputs are stable (never "-0.000").
 *
 * @example
 * ```ts
 * formatNumber(-0.0001); // "0.000"
 * formatNumber(2 / 3, 2); // "0.67"
 * ```
 */
export const formatNumber = (x: number, digits = 3): string => {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
};

/**
 * The ranking as a table: rank (with `=` for ties), option, score, feasible, what blocks it, and its
 * top risks by expected severity, with the adjusted likelihood.
 *
 * @example
 * ```ts
 * const table = comparisonTable(compare(builtinCatalog()));
 * table.headers; // ["rank", "option", "score", "feasible", "blocked by", "top risks (likelihood)"]
 * ```
 */
export const comparisonTable = (comparison: Comparison, topRisks = 2): Table => ({
  headers: ["rank", "option", "score", "feasible", "blocked by", "top risks (likelihood)"],
  numeric: [0, 2],
  rows: comparison.rows.map((row) => [
    `${row.tiedWith.length > 0 ? "=" : ""}${row.rank}`,
    row.option,
    formatNumber(row.score),
    row.feasible ? "yes" : "no",
    row.blockers.map((b) => b.requirement).join(", "),
    row.risks
      .slice(0, topRisks)
      .map((r) => `${r.risk} (${formatNumber(r.likelihood, 2)})`)
      .join(", "),
  ]),
});

/**
 * Renders a comparison: `text` and `markdown` put a heading with the method and the states before
 * the table; `csv` is the table alone; `json` is the whole comparison, evidence included.
 *
 * @example
 * ```ts
 * renderComparison(compare(builtinCatalog()), "csv").split("\n")[0]; // "rank,option,score,feasible,blocked by,top risks (likelihood)"
 * ```
 */
export const renderComparison = (comparison: Comparison, format: TableFormat | "json"): string => {
  if (format === "json") return JSON.stringify(comparison, null, 2) + "\n";
  const table = renderTable(comparisonTable(comparison), format);
  if (format === "csv") return table;
  const states = Object.entries(comparison.assumptions.preconditions)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const { preset, perspective, name } = comparison.assumptions;
  const heading = [
    `${name ? `${name}: ` : ""}${comparison.catalog.id} (${comparison.catalog.version}), method ${comparison.method.method}`,
    ...(preset ? [`preset ${preset}`] : []),
    ...(perspective ? [`perspective ${perspective}`] : []),
  ].join(", ");
  return format === "markdown"
    ? `## ${heading}\n\nStates: ${states}\n\n${table}`
    : `${heading}\nstates: ${states}\n\n${table}`;
};
